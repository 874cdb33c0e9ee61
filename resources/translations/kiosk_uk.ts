<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="182"/>
        <source>Signatures on this kiosk: %1</source>
        <translation>Підписів на цьому кіоску: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="197"/>
        <location filename="../../kiosk/ui/admin_screen.py" line="210"/>
        <source>Give the event a name first.</source>
        <translation>Спершу дайте заходу назву.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="199"/>
        <source>New event started.</source>
        <translation>Новий захід розпочато.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="212"/>
        <source>Event renamed.</source>
        <translation>Захід перейменовано.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="219"/>
        <source>Event ended. New signatures start a new event.</source>
        <translation>Захід завершено. Нові підписи відкриють новий захід.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="224"/>
        <source>Volunteer menu</source>
        <translation>Меню волонтера</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="225"/>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="226"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="227"/>
        <source>Event name</source>
        <translation>Назва заходу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="228"/>
        <source>Event place</source>
        <translation>Місце заходу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="229"/>
        <source>Start new event</source>
        <translation>Почати новий захід</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="230"/>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="231"/>
        <source>End event</source>
        <translation>Завершити захід</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="232"/>
        <source>End of day…</source>
        <translation>Кінець дня…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="233"/>
        <source>More…</source>
        <translation>Більше…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="234"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="184"/>
        <source>not yet in a verified export: %1</source>
        <translation>ще не в перевіреному вивантаженні: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="239"/>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="250"/>
        <source>Events and their signature counts</source>
        <translation>Заходи та кількість підписів</translation>
    </message>
</context>
<context>
    <name>DriveChooser</name>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="90"/>
        <source>%1 — %2, %3 free</source>
        <translation>%1 — %2, вільно %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="115"/>
        <source>This folder is on the kiosk&apos;s own disk. A lost kiosk would take the files with it: use a USB stick if you can.</source>
        <translation>Ця тека на диску самого кіоску. Загублений кіоск забере файли з собою: за змоги скористайтеся флешкою.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="125"/>
        <source>Choose the destination folder</source>
        <translation>Виберіть теку призначення</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="132"/>
        <source>Plug in a USB stick, then choose it below. The list follows as sticks come and go.</source>
        <translation>Вставте флешку й виберіть її нижче. Список оновлюється, коли флешки вставляють і виймають.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="135"/>
        <source>No USB stick found yet.</source>
        <translation>Флешку поки не знайдено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="136"/>
        <source>Another folder…</source>
        <translation>Інша тека…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="137"/>
        <source>Choose another folder</source>
        <translation>Вибрати іншу теку</translation>
    </message>
</context>
<context>
    <name>EndOfDayScreen</name>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="211"/>
        <location filename="../../kiosk/ui/end_of_day.py" line="213"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="212"/>
        <source>Export</source>
        <translation>Вивантажити</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="213"/>
        <location filename="../../kiosk/ui/end_of_day.py" line="214"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="219"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="219"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="266"/>
        <source>Enter the organizer passphrase.</source>
        <translation>Введіть парольну фразу організатора.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/end_of_day.py" line="294"/>
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n підпис</numerusform>
            <numerusform>%1: %n підписи</numerusform>
            <numerusform>%1: %n підписів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="306"/>
        <source>You can now remove the stick.</source>
        <translation>Тепер флешку можна вийняти.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="309"/>
        <source>The files are in %1.</source>
        <translation>Файли лежать у %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="314"/>
        <source>Exported and checked.</source>
        <translation>Вивантажено й перевірено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="318"/>
        <source>The PDF and CSV files hold names in plain text: hand the stick only to the organizer.</source>
        <translation>У файлах PDF і CSV імена відкритим текстом: передайте флешку лише організаторові.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="333"/>
        <source>Export cancelled. Nothing was left on the drive.</source>
        <translation>Вивантаження скасовано. На носії нічого не залишилося.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="354"/>
        <source>End of day</source>
        <translation>Кінець дня</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="358"/>
        <source>Always written: the sealed bundle. Only the organizer&apos;s key opens it, so it is safe on any stick or in an e-mail.</source>
        <translation>Завжди записується запечатаний пакет. Відкрити його може лише ключ організатора, тож він безпечний на будь-якій флешці й у листі.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="362"/>
        <source>Also printable sheets (PDF) and CSV files</source>
        <translation>Також аркуші для друку (PDF) і файли CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="366"/>
        <source>These files hold names and e-mail addresses in plain text. They need the organizer passphrase:</source>
        <translation>У цих файлах імена та адреси ел. пошти відкритим текстом. Потрібна парольна фраза організатора:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="370"/>
        <location filename="../../kiosk/ui/end_of_day.py" line="371"/>
        <source>Organizer passphrase</source>
        <translation>Парольна фраза організаторів</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="374"/>
        <source>This kiosk holds only the organizer&apos;s public key: the sealed bundle is all it writes, and the organizer opens it later.</source>
        <translation>На цьому кіоску лише відкритий ключ організатора: він записує тільки запечатаний пакет, а організатор відкриє його пізніше.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="378"/>
        <source>Blank sheets to print for signing on paper:</source>
        <translation>Порожні аркуші для підписів на папері:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="380"/>
        <source>Writing, then reading everything back to check it…</source>
        <translation>Запис, потім усе перечитується для перевірки…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="388"/>
        <source>Where</source>
        <translation>Куди</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="389"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="390"/>
        <source>Exporting</source>
        <translation>Вивантаження</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="391"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="392"/>
        <source>Free the kiosk</source>
        <translation>Звільнити кіоск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="395"/>
        <source>Step %1 of %2: %3</source>
        <translation>Крок %1 з %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportFailure</name>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="33"/>
        <source>The folder %1 does not exist: is the USB stick plugged in?</source>
        <translation>Теки %1 немає: флешку вставлено?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="36"/>
        <source>%1 is full. Nothing was left on it: free some space or use another stick.</source>
        <translation>%1 заповнений. На ньому нічого не лишилося: звільніть місце або візьміть іншу флешку.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="40"/>
        <source>A file is too large for %1 (FAT32 stops at 4 GiB). Nothing was left on it: use a stick formatted as exFAT or NTFS.</source>
        <translation>Файл завеликий для %1 (FAT32 обмежена 4 ГіБ). На ньому нічого не лишилося: візьміть флешку з exFAT або NTFS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="45"/>
        <source>%1 cannot be written to (read-only, or no permission).</source>
        <translation>У %1 не можна записати (лише читання або немає прав).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="48"/>
        <source>%1 went away (was the stick pulled out?). Nothing was left half-written: plug it in and export again.</source>
        <translation>%1 зник (флешку вийняли?). Недописаного нічого не лишилося: вставте її та вивантажте знову.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="53"/>
        <source>That is not the organizer passphrase. Nothing was written.</source>
        <translation>Це не парольна фраза організатора. Нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="56"/>
        <source>The export failed unexpectedly; nothing was left on the drive.</source>
        <translation>Вивантаження несподівано не вдалося; на носії нічого не залишилося.</translation>
    </message>
</context>
<context>
    <name>FormatLabels</name>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="8"/>
        <source>Printable signature sheets (PDF)</source>
        <translation>Аркуші підписів для друку (PDF)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="9"/>
        <source>Action Network CSV</source>
        <translation>CSV для Action Network</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="10"/>
        <source>Action Network CSV (signed, not subscribed)</source>
        <translation>CSV для Action Network (підписали, без розсилки)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="13"/>
        <source>NationBuilder CSV</source>
        <translation>CSV для NationBuilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="14"/>
        <source>Mailchimp CSV (opted-in only)</source>
        <translation>CSV для Mailchimp (лише зі згодою на розсилку)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="15"/>
        <source>Signatures per postcode (CSV)</source>
        <translation>Підписи за поштовими індексами (CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="16"/>
        <source>Spreadsheet CSV</source>
        <translation>CSV для таблиць</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="17"/>
        <source>Sealed bundle (safe to e-mail)</source>
        <translation>Зашифрований пакет (можна надіслати поштою)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="100"/>
        <source>Still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="102"/>
        <source>For your privacy, this form will be cleared in %1 s.</source>
        <translation>Задля вашої приватності форму буде очищено за %1 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="106"/>
        <source>I&apos;m still here</source>
        <translation>Я тут</translation>
    </message>
</context>
<context>
    <name>KeyBackupPanel</name>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="77"/>
        <location filename="../../kiosk/ui/key_backup.py" line="124"/>
        <source>Where to write the backup</source>
        <translation>Куди записати резервну копію</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="85"/>
        <source>The backup was not written: %1</source>
        <translation>Резервну копію не записано: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="88"/>
        <source>Written to %1 and read back. Keep it apart from the passphrase.</source>
        <translation>Записано в %1 і перевірено читанням. Зберігайте окремо від парольної фрази.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="93"/>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="99"/>
        <source>The key was not removed: %1</source>
        <translation>Ключ не видалено: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="104"/>
        <source>The key is no longer on this kiosk: it seals signatures but cannot open them. Exports of sheets and CSVs now happen on the organizer&apos;s computer.</source>
        <translation>Ключа більше немає на цьому кіоску: він шифрує підписи, але не може їх відкрити. Аркуші та CSV тепер вивантажуються на комп&apos;ютері організаторів.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="110"/>
        <source>Back up the organizer key</source>
        <translation>Резервна копія ключа організаторів</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="113"/>
        <source>The key that opens every signature exists only on this kiosk. Insert a USB stick and write a copy; without it, a lost kiosk loses every signature.</source>
        <translation>Ключ, який відкриває всі підписи, є лише на цьому кіоску. Вставте USB-флешку й запишіть копію: без неї втрата кіоску означає втрату всіх підписів.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="117"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="118"/>
        <source>Write the backup</source>
        <translation>Записати копію</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="119"/>
        <source>Remove the key from this kiosk</source>
        <translation>Видалити ключ із цього кіоску</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="121"/>
        <source>Skip for now</source>
        <translation>Поки пропустити</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="223"/>
        <source>This PIN is too short or too easy to guess: choose a new one below.</source>
        <translation>Цей PIN-код закороткий або його легко вгадати: задайте новий нижче.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="240"/>
        <source>Your signature could not be saved</source>
        <translation>Не вдалося зберегти підпис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="241"/>
        <source>Nothing you typed was kept. Please tell a volunteer.</source>
        <translation>Нічого з введеного не збережено. Будь ласка, скажіть волонтерові.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="246"/>
        <source>Something went wrong</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="247"/>
        <source>Any signature already confirmed is safe. Please ask a volunteer.</source>
        <translation>Усі вже підтверджені підписи в безпеці. Зверніться до волонтера.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="272"/>
        <source>Backup failed: %1</source>
        <translation>Резервну копію не створено: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="275"/>
        <source>Backup written: %1</source>
        <translation>Резервна копія: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/ui/message_screen.py" line="42"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="128"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="128"/>
        <location filename="../../kiosk/ui/console_more.py" line="207"/>
        <source>Exit kiosk</source>
        <translation>Вийти з кіоску</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="138"/>
        <source>This kiosk: %1 · fingerprint %2</source>
        <translation>Цей кіоск: %1 · відбиток %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="154"/>
        <source>The kiosk now starts, and returns after each signer, in %1.</source>
        <translation>Тепер кіоск запускається цією мовою і повертається до неї після кожного підписанта: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="165"/>
        <source>Enter the PIN to remove exported signatures.</source>
        <translation>Введіть PIN-код, щоб видалити вивантажені підписи.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="169"/>
        <source>Wrong PIN: nothing was removed.</source>
        <translation>Неправильний PIN-код: нічого не видалено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="171"/>
        <source>%n try(s) left before a pause.</source>
        <translation>
            <numerusform>Лишилася %n спроба до паузи.</numerusform>
            <numerusform>Лишилося %n спроби до паузи.</numerusform>
            <numerusform>Лишилося %n спроб до паузи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="175"/>
        <source>Removed %n exported signature(s)</source>
        <translation>
            <numerusform>Видалено %n вивантажений підпис</numerusform>
            <numerusform>Видалено %n вивантажені підписи</numerusform>
            <numerusform>Видалено %n вивантажених підписів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="177"/>
        <source>kept %n not yet exported.</source>
        <translation>
            <numerusform>залишено %n ще не вивантажений.</numerusform>
            <numerusform>залишено %n ще не вивантажені.</numerusform>
            <numerusform>залишено %n ще не вивантажених.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="194"/>
        <source>PIN changed.</source>
        <translation>PIN-код змінено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="197"/>
        <location filename="../../kiosk/ui/console_more.py" line="198"/>
        <source>New PIN</source>
        <translation>Новий PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="199"/>
        <location filename="../../kiosk/ui/console_more.py" line="200"/>
        <source>Repeat PIN</source>
        <translation>Повторіть PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="201"/>
        <source>Change PIN</source>
        <translation>Змінити PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="202"/>
        <source>Back up now</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="203"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="204"/>
        <source>PIN to confirm removing exported signatures</source>
        <translation>PIN-код для видалення вивантажених підписів</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="205"/>
        <source>Remove exported</source>
        <translation>Видалити вивантажені</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="206"/>
        <source>Exit the kiosk? The signatures stay safe on it.</source>
        <translation>Вийти з кіоску? Підписи залишаться в безпеці.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="209"/>
        <source>Start in:</source>
        <translation>Мова за замовчуванням:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="211"/>
        <source>Start in %1</source>
        <translation>Починати мовою: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="212"/>
        <source>Clear an untouched form after (seconds):</source>
        <translation>Очищати неторкану форму через (секунд):</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="142"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="143"/>
        <source>Next field</source>
        <translation>Наступне поле</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="144"/>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="145"/>
        <source>Hide the keyboard</source>
        <translation>Сховати клавіатуру</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="146"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="147"/>
        <source>Space</source>
        <translation>Пробіл</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="148"/>
        <source>Capital letters</source>
        <translation>Великі літери</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="149"/>
        <source>Change alphabet</source>
        <translation>Змінити абетку</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="150"/>
        <source>Accented letters</source>
        <translation>Літери з діакритикою</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="68"/>
        <source>Type the PIN, then OK.</source>
        <translation>Введіть PIN-код і натисніть OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="80"/>
        <source>Wrong PIN. %1 more tries before a pause.</source>
        <translation>Невірний PIN-код. Залишилося спроб до паузи: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="82"/>
        <source>Wrong PIN. One more try before a pause.</source>
        <translation>Невірний PIN-код. Залишилася одна спроба до паузи.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="98"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Забагато невдалих спроб. Спробуйте за %1 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="110"/>
        <source>Volunteer PIN</source>
        <translation>PIN-код волонтера</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="111"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>RemoveExported</name>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="48"/>
        <source>Enter the PIN first.</source>
        <translation>Спершу введіть PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="55"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато хибних PIN. Спробуйте через %n секунду.</numerusform>
            <numerusform>Забагато хибних PIN. Спробуйте через %n секунди.</numerusform>
            <numerusform>Забагато хибних PIN. Спробуйте через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="59"/>
        <source>Wrong PIN: nothing was removed. %n try(s) left before a pause.</source>
        <translation>
            <numerusform>Хибний PIN: нічого не видалено. Лишилася %n спроба до паузи.</numerusform>
            <numerusform>Хибний PIN: нічого не видалено. Лишилося %n спроби до паузи.</numerusform>
            <numerusform>Хибний PIN: нічого не видалено. Лишилося %n спроб до паузи.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="64"/>
        <source>Wrong PIN: nothing was removed.</source>
        <translation>Неправильний PIN-код: нічого не видалено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="69"/>
        <source>Removed %n signature(s) from this kiosk.</source>
        <translation>
            <numerusform>З кіоску видалено %n підпис.</numerusform>
            <numerusform>З кіоску видалено %n підписи.</numerusform>
            <numerusform>З кіоску видалено %n підписів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="76"/>
        <source>Optional: remove the %n signature(s) that %1 holds from this kiosk. They are safe in the bundle, and the counts on the welcome screen stay as they are.</source>
        <translation>
            <numerusform>За бажанням: видаліть з кіоску %n підпис із %1. Він збережений у пакеті, а лічильники на головному екрані не зміняться.</numerusform>
            <numerusform>За бажанням: видаліть з кіоску %n підписи з %1. Вони збережені в пакеті, а лічильники на головному екрані не зміняться.</numerusform>
            <numerusform>За бажанням: видаліть з кіоску %n підписів з %1. Вони збережені в пакеті, а лічильники на головному екрані не зміняться.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="82"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="83"/>
        <source>PIN to remove the exported signatures</source>
        <translation>PIN для видалення вивантажених підписів</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="84"/>
        <source>Remove from this kiosk</source>
        <translation>Видалити з кіоску</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="170"/>
        <source>Organizer public key</source>
        <translation>Відкритий ключ організаторів</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="172"/>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Відкриті ключі (*.pub *.pem)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="185"/>
        <source>Fingerprint: %1. Check it with the organizer before you go on.</source>
        <translation>Відбиток: %1. Звірте його з організаторами, перш ніж продовжити.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="189"/>
        <source>This file is not an organizer public key.</source>
        <translation>Цей файл — не відкритий ключ організаторів.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="257"/>
        <source>Set up this kiosk</source>
        <translation>Налаштування кіоску</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="260"/>
        <source>Three steps before the first signature. The PIN unlocks the volunteer menu (tap the top-left corner of the welcome screen five times).</source>
        <translation>Три кроки до першого підпису. PIN-код відкриває меню волонтера (п&apos;ять разів торкніться лівого верхнього кута головного екрана).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="265"/>
        <source>Volunteer PIN (%1 to %2 digits)</source>
        <translation>PIN-код волонтера (від %1 до %2 цифр)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="269"/>
        <source>Repeat the PIN</source>
        <translation>Повторіть PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="270"/>
        <source>Who can read the signatures?</source>
        <translation>Хто зможе прочитати підписи?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="272"/>
        <source>Create an organizer key on this kiosk, protected by a passphrase</source>
        <translation>Створити ключ організаторів на цьому кіоску, захищений парольною фразою</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="274"/>
        <source>Export passphrase</source>
        <translation>Парольна фраза для вивантаження</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="275"/>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="276"/>
        <source>Use the organizer&apos;s public key file</source>
        <translation>Використати файл відкритого ключа організаторів</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="277"/>
        <source>organizer.pub on a USB stick, or paste the key</source>
        <translation>organizer.pub на USB-флешці або вставте ключ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="278"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="279"/>
        <source>First event</source>
        <translation>Перший захід</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="280"/>
        <source>Place (optional)</source>
        <translation>Місце (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="281"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="282"/>
        <source>Start collecting</source>
        <translation>Почати збір підписів</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="359"/>
        <source>Add your name</source>
        <translation>Додайте свій підпис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="366"/>
        <source>I sign this petition (required)</source>
        <translation>Я підписую цю петицію (обов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="368"/>
        <source>Keep me informed about this campaign by email (optional)</source>
        <translation>Надсилайте мені новини кампанії ел. поштою (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="370"/>
        <source>What happens to my details?</source>
        <translation>Що буде з моїми даними?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="374"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="375"/>
        <source>Close the privacy notice</source>
        <translation>Закрити відомості про дані</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="376"/>
        <source>Your signature (optional)</source>
        <translation>Ваш підпис від руки (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="377"/>
        <source>Signature pad</source>
        <translation>Поле для підпису</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="378"/>
        <source>Clear</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="379"/>
        <source>Clear the signature</source>
        <translation>Стерти підпис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="380"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="383"/>
        <source>Keyboard</source>
        <translation>Клавіатура</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="384"/>
        <source>Show or hide the on-screen keyboard</source>
        <translation>Показати або сховати екранну клавіатуру</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="385"/>
        <source>Sign</source>
        <translation>Підписати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="386"/>
        <source>Submit my signature</source>
        <translation>Надіслати мій підпис</translation>
    </message>
</context>
<context>
    <name>StatusTiles</name>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="55"/>
        <source>Signed at this event</source>
        <translation>Підписи на цьому заході</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="57"/>
        <source>%1 in total</source>
        <translation>усього %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="60"/>
        <source>Not yet exported</source>
        <translation>Ще не вивантажено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="62"/>
        <source>Use End of day to take them home</source>
        <translation>Вивантажте їх через «Кінець дня»</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="71"/>
        <location filename="../../kiosk/ui/console_tiles.py" line="74"/>
        <source>Last export</source>
        <translation>Останнє вивантаження</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="74"/>
        <source>None yet</source>
        <translation>Ще не було</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="83"/>
        <source>Battery %1 %, not charging</source>
        <translation>Батарея %1 %, не заряджається</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="85"/>
        <source>Battery %1 %, charging</source>
        <translation>Батарея %1 %, заряджається</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="87"/>
        <source>Free space</source>
        <translation>Вільно на диску</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="93"/>
        <source>Your signature is saved.</source>
        <translation>Ваш підпис збережено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="95"/>
        <source>Your number: %1</source>
        <translation>Ваш номер: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/thanks_screen.py" line="99"/>
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>Повернення на початок через %n секунду</numerusform>
            <numerusform>Повернення на початок через %n секунди</numerusform>
            <numerusform>Повернення на початок через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="102"/>
        <source>Thank you!</source>
        <translation>Дякуємо!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="104"/>
        <source>Share the petition with friends: scan the code</source>
        <translation>Поділіться петицією з друзями: відскануйте код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="108"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="221"/>
        <source>At this event: %1</source>
        <translation>На цьому заході: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="223"/>
        <source>In total: %1</source>
        <translation>Усього: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="232"/>
        <source>Or scan to sign online</source>
        <translation>Або відскануйте, щоб підписати онлайн</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="233"/>
        <source>Sign the petition</source>
        <translation>Підписати петицію</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="235"/>
        <source>Volunteer menu</source>
        <translation>Меню волонтера</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="236"/>
        <location filename="../../kiosk/ui/welcome_screen.py" line="237"/>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="28"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>PIN-код — від {low} до {high} цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="29"/>
        <source>Enter the PIN.</source>
        <translation>Введіть PIN-код.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="30"/>
        <source>That PIN is too easy to guess: avoid runs, repeats and common PINs.</source>
        <translation>Цей PIN-код надто легко вгадати: уникайте послідовностей, повторів і поширених PIN-кодів.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="33"/>
        <source>The passphrase needs at least {low} characters.</source>
        <translation>Парольна фраза має містити щонайменше {low} символів.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="36"/>
        <source>That passphrase is too easy to guess. Use four or more unrelated words, for example: lantern orbit velvet thirty.</source>
        <translation>Цю парольну фразу надто легко вгадати. Використайте чотири або більше не пов&apos;язаних між собою слів, наприклад: ліхтар орбіта оксамит тридцять.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="41"/>
        <source>The two PINs differ.</source>
        <translation>PIN-коди не збігаються.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../kiosk/core/setup.py" line="15"/>
        <source>Give the first event a name.</source>
        <translation>Дайте першому заходу назву.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="16"/>
        <source>Choose the organizer&apos;s public key file, or paste the key&apos;s text.</source>
        <translation>Виберіть файл відкритого ключа організаторів або вставте текст ключа.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="19"/>
        <source>That key file cannot be used: {detail}</source>
        <translation>Цей файл ключа не можна використати: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="20"/>
        <source>The key could not be saved: {detail}</source>
        <translation>Ключ не вдалося зберегти: {detail}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../kiosk/core/validation.py" line="28"/>
        <source>{label} is required.</source>
        <translation>Поле «{label}» обов&apos;язкове.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="29"/>
        <source>{label} can be at most {limit} characters.</source>
        <translation>Поле «{label}» — не довше {limit} символів.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="30"/>
        <source>{label} contains invisible control characters. Please type it again.</source>
        <translation>У полі «{label}» є невидимі керівні символи. Введіть його знову.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="33"/>
        <source>{label} contains hidden text-direction characters. Please type it again.</source>
        <translation>У полі «{label}» є приховані символи напрямку тексту. Введіть його знову.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="36"/>
        <source>{label}: use the two-letter country code, for example GB, DE or UA.</source>
        <translation>{label}: вкажіть дволітерний код країни, наприклад GB, DE або UA.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="39"/>
        <source>{label} must contain at least one letter.</source>
        <translation>Поле «{label}» має містити хоча б одну літеру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="40"/>
        <source>This does not look like an email address. Example: name@example.org</source>
        <translation>Це не схоже на адресу ел. пошти. Приклад: name@example.org</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="43"/>
        <source>{label} is not in a format we recognise.</source>
        <translation>Формат поля «{label}» не розпізнано.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="44"/>
        <source>Tick the box to add your signature to the petition.</source>
        <translation>Позначте пункт, щоб підписати петицію.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="45"/>
        <source>To join the mailing list, enter your email address.</source>
        <translation>Щоб отримувати розсилку, вкажіть адресу ел. пошти.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="48"/>
        <source>The drawn signature is too large. Please clear it.</source>
        <translation>Підпис занадто складний. Зітріть його та розпишіться знову.</translation>
    </message>
</context>
</TS>
