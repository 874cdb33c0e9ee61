<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="182"/>
        <source>Signatures on this kiosk: %1</source>
        <translation>Подписей на этом киоске: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="197"/>
        <location filename="../../kiosk/ui/admin_screen.py" line="210"/>
        <source>Give the event a name first.</source>
        <translation>Сначала дайте мероприятию название.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="199"/>
        <source>New event started.</source>
        <translation>Новое мероприятие начато.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="212"/>
        <source>Event renamed.</source>
        <translation>Мероприятие переименовано.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="219"/>
        <source>Event ended. New signatures start a new event.</source>
        <translation>Мероприятие завершено. Новые подписи откроют новое мероприятие.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="224"/>
        <source>Volunteer menu</source>
        <translation>Меню волонтёра</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="225"/>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="226"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="227"/>
        <source>Event name</source>
        <translation>Название мероприятия</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="228"/>
        <source>Event place</source>
        <translation>Место мероприятия</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="229"/>
        <source>Start new event</source>
        <translation>Начать новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="230"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="231"/>
        <source>End event</source>
        <translation>Завершить мероприятие</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="232"/>
        <source>End of day…</source>
        <translation>Конец дня…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="233"/>
        <source>More…</source>
        <translation>Ещё…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="234"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="184"/>
        <source>not yet in a verified export: %1</source>
        <translation>ещё не в проверенной выгрузке: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="239"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="250"/>
        <source>Events and their signature counts</source>
        <translation>Мероприятия и число подписей</translation>
    </message>
</context>
<context>
    <name>DriveChooser</name>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="90"/>
        <source>%1 — %2, %3 free</source>
        <translation>%1 — %2, свободно %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="115"/>
        <source>This folder is on the kiosk&apos;s own disk. A lost kiosk would take the files with it: use a USB stick if you can.</source>
        <translation>Эта папка на диске самого киоска. Потерянный киоск унесёт файлы с собой: по возможности используйте флешку.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="125"/>
        <source>Choose the destination folder</source>
        <translation>Выберите папку назначения</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="132"/>
        <source>Plug in a USB stick, then choose it below. The list follows as sticks come and go.</source>
        <translation>Вставьте флешку и выберите её ниже. Список обновляется, когда флешки вставляют и извлекают.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="135"/>
        <source>No USB stick found yet.</source>
        <translation>Флешка пока не найдена.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="136"/>
        <source>Another folder…</source>
        <translation>Другая папка…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="137"/>
        <source>Choose another folder</source>
        <translation>Выбрать другую папку</translation>
    </message>
</context>
<context>
    <name>EndOfDayScreen</name>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="211"/>
        <location filename="../../kiosk/ui/end_of_day.py" line="213"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="212"/>
        <source>Export</source>
        <translation>Выгрузить</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="219"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="266"/>
        <source>Enter the organizer passphrase.</source>
        <translation>Введите парольную фразу организатора.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/end_of_day.py" line="294"/>
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n подпись</numerusform>
            <numerusform>%1: %n подписи</numerusform>
            <numerusform>%1: %n подписей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="306"/>
        <source>You can now remove the stick.</source>
        <translation>Теперь флешку можно извлечь.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="309"/>
        <source>The files are in %1.</source>
        <translation>Файлы лежат в %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="314"/>
        <source>Exported and checked.</source>
        <translation>Выгружено и проверено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="318"/>
        <source>The PDF and CSV files hold names in plain text: hand the stick only to the organizer.</source>
        <translation>В файлах PDF и CSV имена открытым текстом: передайте флешку только организатору.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="333"/>
        <source>Export cancelled. Nothing was left on the drive.</source>
        <translation>Выгрузка отменена. На носителе ничего не осталось.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="354"/>
        <source>End of day</source>
        <translation>Конец дня</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="358"/>
        <source>Always written: the sealed bundle. Only the organizer&apos;s key opens it, so it is safe on any stick or in an e-mail.</source>
        <translation>Всегда записывается запечатанный пакет. Открыть его может только ключ организатора, поэтому он безопасен на любой флешке и в письме.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="362"/>
        <source>Also printable sheets (PDF) and CSV files</source>
        <translation>Также листы для печати (PDF) и файлы CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="366"/>
        <source>These files hold names and e-mail addresses in plain text. They need the organizer passphrase:</source>
        <translation>В этих файлах имена и адреса эл. почты открытым текстом. Нужна парольная фраза организатора:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="370"/>
        <location filename="../../kiosk/ui/end_of_day.py" line="371"/>
        <source>Organizer passphrase</source>
        <translation>Парольная фраза организаторов</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="374"/>
        <source>This kiosk holds only the organizer&apos;s public key: the sealed bundle is all it writes, and the organizer opens it later.</source>
        <translation>На этом киоске только открытый ключ организатора: он записывает лишь запечатанный пакет, а организатор откроет его позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="378"/>
        <source>Blank sheets to print for signing on paper:</source>
        <translation>Пустые листы для подписей на бумаге:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="380"/>
        <source>Writing, then reading everything back to check it…</source>
        <translation>Запись, затем всё перечитывается для проверки…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="388"/>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="389"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="390"/>
        <source>Exporting</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="391"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="392"/>
        <source>Free the kiosk</source>
        <translation>Освободить киоск</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="395"/>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportFailure</name>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="33"/>
        <source>The folder %1 does not exist: is the USB stick plugged in?</source>
        <translation>Папки %1 нет: флешка вставлена?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="36"/>
        <source>%1 is full. Nothing was left on it: free some space or use another stick.</source>
        <translation>%1 заполнен. На нём ничего не осталось: освободите место или возьмите другую флешку.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="40"/>
        <source>A file is too large for %1 (FAT32 stops at 4 GiB). Nothing was left on it: use a stick formatted as exFAT or NTFS.</source>
        <translation>Файл слишком велик для %1 (FAT32 ограничен 4 ГиБ). На нём ничего не осталось: возьмите флешку с exFAT или NTFS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="45"/>
        <source>%1 cannot be written to (read-only, or no permission).</source>
        <translation>В %1 нельзя записать (только чтение или нет прав).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="48"/>
        <source>%1 went away (was the stick pulled out?). Nothing was left half-written: plug it in and export again.</source>
        <translation>%1 пропал (флешку вынули?). Недописанного ничего не осталось: вставьте её и выгрузите снова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="53"/>
        <source>That is not the organizer passphrase. Nothing was written.</source>
        <translation>Это не парольная фраза организатора. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="56"/>
        <source>The export failed unexpectedly; nothing was left on the drive.</source>
        <translation>Выгрузка неожиданно не удалась; на носителе ничего не осталось.</translation>
    </message>
</context>
<context>
    <name>FormatLabels</name>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="8"/>
        <source>Printable signature sheets (PDF)</source>
        <translation>Листы подписей для печати (PDF)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="9"/>
        <source>Action Network CSV</source>
        <translation>CSV для Action Network</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="10"/>
        <source>Action Network CSV (signed, not subscribed)</source>
        <translation>CSV для Action Network (подписали, без рассылки)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="13"/>
        <source>NationBuilder CSV</source>
        <translation>CSV для NationBuilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="14"/>
        <source>Mailchimp CSV (opted-in only)</source>
        <translation>CSV для Mailchimp (только с согласием на рассылку)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="15"/>
        <source>Signatures per postcode (CSV)</source>
        <translation>Подписи по почтовым индексам (CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="16"/>
        <source>Spreadsheet CSV</source>
        <translation>CSV для таблиц</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="17"/>
        <source>Sealed bundle (safe to e-mail)</source>
        <translation>Зашифрованный пакет (можно отправить по почте)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="100"/>
        <source>Still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="102"/>
        <source>For your privacy, this form will be cleared in %1 s.</source>
        <translation>В целях конфиденциальности форма будет очищена через %1 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="106"/>
        <source>I&apos;m still here</source>
        <translation>Я здесь</translation>
    </message>
</context>
<context>
    <name>KeyBackupPanel</name>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="77"/>
        <location filename="../../kiosk/ui/key_backup.py" line="124"/>
        <source>Where to write the backup</source>
        <translation>Куда записать резервную копию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="85"/>
        <source>The backup was not written: %1</source>
        <translation>Резервная копия не записана: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="88"/>
        <source>Written to %1 and read back. Keep it apart from the passphrase.</source>
        <translation>Записано в %1 и проверено чтением. Храните отдельно от парольной фразы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="93"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="99"/>
        <source>The key was not removed: %1</source>
        <translation>Ключ не удалён: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="104"/>
        <source>The key is no longer on this kiosk: it seals signatures but cannot open them. Exports of sheets and CSVs now happen on the organizer&apos;s computer.</source>
        <translation>Ключа больше нет на этом киоске: он шифрует подписи, но не может их открыть. Листы и CSV теперь выгружаются на компьютере организаторов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="110"/>
        <source>Back up the organizer key</source>
        <translation>Резервная копия ключа организаторов</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="113"/>
        <source>The key that opens every signature exists only on this kiosk. Insert a USB stick and write a copy; without it, a lost kiosk loses every signature.</source>
        <translation>Ключ, который открывает все подписи, есть только на этом киоске. Вставьте USB-флешку и запишите копию: без неё потеря киоска означает потерю всех подписей.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="117"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="118"/>
        <source>Write the backup</source>
        <translation>Записать копию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="119"/>
        <source>Remove the key from this kiosk</source>
        <translation>Удалить ключ с этого киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="121"/>
        <source>Skip for now</source>
        <translation>Пропустить пока</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="223"/>
        <source>This PIN is too short or too easy to guess: choose a new one below.</source>
        <translation>Этот PIN-код слишком короткий или его легко угадать: задайте новый ниже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="240"/>
        <source>Your signature could not be saved</source>
        <translation>Не удалось сохранить подпись</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="241"/>
        <source>Nothing you typed was kept. Please tell a volunteer.</source>
        <translation>Ничего из введённого не сохранилось. Пожалуйста, скажите волонтёру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="246"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="247"/>
        <source>Any signature already confirmed is safe. Please ask a volunteer.</source>
        <translation>Все уже подтверждённые подписи в сохранности. Обратитесь к волонтёру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="272"/>
        <source>Backup failed: %1</source>
        <translation>Резервная копия не создана: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="275"/>
        <source>Backup written: %1</source>
        <translation>Резервная копия: %1</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="128"/>
        <location filename="../../kiosk/ui/console_more.py" line="207"/>
        <source>Exit kiosk</source>
        <translation>Выйти из киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="138"/>
        <source>This kiosk: %1 · fingerprint %2</source>
        <translation>Этот киоск: %1 · отпечаток %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="154"/>
        <source>The kiosk now starts, and returns after each signer, in %1.</source>
        <translation>Теперь киоск запускается на этом языке и возвращается к нему после каждого подписавшего: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="165"/>
        <source>Enter the PIN to remove exported signatures.</source>
        <translation>Введите PIN-код, чтобы удалить выгруженные подписи.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="169"/>
        <source>Wrong PIN: nothing was removed.</source>
        <translation>Неверный PIN-код: ничего не удалено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="171"/>
        <source>%n try(s) left before a pause.</source>
        <translation>
            <numerusform>Осталась %n попытка до паузы.</numerusform>
            <numerusform>Осталось %n попытки до паузы.</numerusform>
            <numerusform>Осталось %n попыток до паузы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="175"/>
        <source>Removed %n exported signature(s)</source>
        <translation>
            <numerusform>Удалена %n выгруженная подпись</numerusform>
            <numerusform>Удалены %n выгруженные подписи</numerusform>
            <numerusform>Удалено %n выгруженных подписей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="177"/>
        <source>kept %n not yet exported.</source>
        <translation>
            <numerusform>оставлена %n ещё не выгруженная.</numerusform>
            <numerusform>оставлены %n ещё не выгруженные.</numerusform>
            <numerusform>оставлено %n ещё не выгруженных.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="194"/>
        <source>PIN changed.</source>
        <translation>PIN-код изменён.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="197"/>
        <location filename="../../kiosk/ui/console_more.py" line="198"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="199"/>
        <location filename="../../kiosk/ui/console_more.py" line="200"/>
        <source>Repeat PIN</source>
        <translation>Повторите PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="201"/>
        <source>Change PIN</source>
        <translation>Сменить PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="202"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="203"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="204"/>
        <source>PIN to confirm removing exported signatures</source>
        <translation>PIN-код для удаления выгруженных подписей</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="205"/>
        <source>Remove exported</source>
        <translation>Удалить выгруженные</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="206"/>
        <source>Exit the kiosk? The signatures stay safe on it.</source>
        <translation>Выйти из киоска? Подписи останутся в сохранности.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="209"/>
        <source>Start in:</source>
        <translation>Язык по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="211"/>
        <source>Start in %1</source>
        <translation>Начинать на языке: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="212"/>
        <source>Clear an untouched form after (seconds):</source>
        <translation>Очищать нетронутую форму через (секунд):</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="142"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="143"/>
        <source>Next field</source>
        <translation>Следующее поле</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="144"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="145"/>
        <source>Hide the keyboard</source>
        <translation>Скрыть клавиатуру</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="146"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="147"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="148"/>
        <source>Capital letters</source>
        <translation>Заглавные буквы</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="149"/>
        <source>Change alphabet</source>
        <translation>Сменить алфавит</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="150"/>
        <source>Accented letters</source>
        <translation>Буквы с диакритикой</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="68"/>
        <source>Type the PIN, then OK.</source>
        <translation>Введите PIN-код и нажмите OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="80"/>
        <source>Wrong PIN. %1 more tries before a pause.</source>
        <translation>Неверный PIN-код. Осталось попыток до паузы: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="82"/>
        <source>Wrong PIN. One more try before a pause.</source>
        <translation>Неверный PIN-код. Осталась одна попытка до паузы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="98"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Слишком много неверных попыток. Повторите через %1 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="110"/>
        <source>Volunteer PIN</source>
        <translation>PIN-код волонтёра</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="111"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RemoveExported</name>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="48"/>
        <source>Enter the PIN first.</source>
        <translation>Сначала введите PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="55"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="59"/>
        <source>Wrong PIN: nothing was removed. %n try(s) left before a pause.</source>
        <translation>
            <numerusform>Неверный PIN: ничего не удалено. Осталась %n попытка до паузы.</numerusform>
            <numerusform>Неверный PIN: ничего не удалено. Осталось %n попытки до паузы.</numerusform>
            <numerusform>Неверный PIN: ничего не удалено. Осталось %n попыток до паузы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="64"/>
        <source>Wrong PIN: nothing was removed.</source>
        <translation>Неверный PIN-код: ничего не удалено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="69"/>
        <source>Removed %n signature(s) from this kiosk.</source>
        <translation>
            <numerusform>С киоска удалена %n подпись.</numerusform>
            <numerusform>С киоска удалены %n подписи.</numerusform>
            <numerusform>С киоска удалено %n подписей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="76"/>
        <source>Optional: remove the %n signature(s) that %1 holds from this kiosk. They are safe in the bundle, and the counts on the welcome screen stay as they are.</source>
        <translation>
            <numerusform>По желанию: удалите с киоска %n подпись из %1. Она сохранена в пакете, а счётчики на главном экране не изменятся.</numerusform>
            <numerusform>По желанию: удалите с киоска %n подписи из %1. Они сохранены в пакете, а счётчики на главном экране не изменятся.</numerusform>
            <numerusform>По желанию: удалите с киоска %n подписей из %1. Они сохранены в пакете, а счётчики на главном экране не изменятся.</numerusform>
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
        <translation>PIN для удаления выгруженных подписей</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="84"/>
        <source>Remove from this kiosk</source>
        <translation>Удалить с киоска</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="170"/>
        <source>Organizer public key</source>
        <translation>Открытый ключ организаторов</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="172"/>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Открытые ключи (*.pub *.pem)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="185"/>
        <source>Fingerprint: %1. Check it with the organizer before you go on.</source>
        <translation>Отпечаток: %1. Сверьте его с организаторами, прежде чем продолжить.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="189"/>
        <source>This file is not an organizer public key.</source>
        <translation>Этот файл — не открытый ключ организаторов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="257"/>
        <source>Set up this kiosk</source>
        <translation>Настройка киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="260"/>
        <source>Three steps before the first signature. The PIN unlocks the volunteer menu (tap the top-left corner of the welcome screen five times).</source>
        <translation>Три шага до первой подписи. PIN-код открывает меню волонтёра (пять раз коснитесь левого верхнего угла главного экрана).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="265"/>
        <source>Volunteer PIN (%1 to %2 digits)</source>
        <translation>PIN-код волонтёра (от %1 до %2 цифр)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="269"/>
        <source>Repeat the PIN</source>
        <translation>Повторите PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="270"/>
        <source>Who can read the signatures?</source>
        <translation>Кто сможет прочитать подписи?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="272"/>
        <source>Create an organizer key on this kiosk, protected by a passphrase</source>
        <translation>Создать ключ организаторов на этом киоске, защищённый парольной фразой</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="274"/>
        <source>Export passphrase</source>
        <translation>Парольная фраза для выгрузки</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="275"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="276"/>
        <source>Use the organizer&apos;s public key file</source>
        <translation>Использовать файл открытого ключа организаторов</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="277"/>
        <source>organizer.pub on a USB stick, or paste the key</source>
        <translation>organizer.pub на USB-флешке или вставьте ключ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="278"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="279"/>
        <source>First event</source>
        <translation>Первое мероприятие</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="280"/>
        <source>Place (optional)</source>
        <translation>Место (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="281"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="282"/>
        <source>Start collecting</source>
        <translation>Начать сбор подписей</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="359"/>
        <source>Add your name</source>
        <translation>Поставьте свою подпись</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="366"/>
        <source>I sign this petition (required)</source>
        <translation>Я подписываю эту петицию (обязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="368"/>
        <source>Keep me informed about this campaign by email (optional)</source>
        <translation>Сообщайте мне новости кампании по эл. почте (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="370"/>
        <source>What happens to my details?</source>
        <translation>Что будет с моими данными?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="374"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="375"/>
        <source>Close the privacy notice</source>
        <translation>Закрыть сведения о данных</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="376"/>
        <source>Your signature (optional)</source>
        <translation>Ваша подпись от руки (необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="377"/>
        <source>Signature pad</source>
        <translation>Поле для подписи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="378"/>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="379"/>
        <source>Clear the signature</source>
        <translation>Стереть подпись</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="380"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="383"/>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="384"/>
        <source>Show or hide the on-screen keyboard</source>
        <translation>Показать или скрыть экранную клавиатуру</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="385"/>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="386"/>
        <source>Submit my signature</source>
        <translation>Отправить мою подпись</translation>
    </message>
</context>
<context>
    <name>StatusTiles</name>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="55"/>
        <source>Signed at this event</source>
        <translation>Подписи на этом мероприятии</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="57"/>
        <source>%1 in total</source>
        <translation>всего %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="60"/>
        <source>Not yet exported</source>
        <translation>Ещё не выгружено</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="62"/>
        <source>Use End of day to take them home</source>
        <translation>Выгрузите их через «Конец дня»</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="71"/>
        <location filename="../../kiosk/ui/console_tiles.py" line="74"/>
        <source>Last export</source>
        <translation>Последняя выгрузка</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="74"/>
        <source>None yet</source>
        <translation>Ещё не было</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="83"/>
        <source>Battery %1 %, not charging</source>
        <translation>Батарея %1 %, не заряжается</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="85"/>
        <source>Battery %1 %, charging</source>
        <translation>Батарея %1 %, заряжается</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="87"/>
        <source>Free space</source>
        <translation>Свободно на диске</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="93"/>
        <source>Your signature is saved.</source>
        <translation>Ваша подпись сохранена.</translation>
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
            <numerusform>Возврат к началу через %n секунду</numerusform>
            <numerusform>Возврат к началу через %n секунды</numerusform>
            <numerusform>Возврат к началу через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="102"/>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="104"/>
        <source>Share the petition with friends: scan the code</source>
        <translation>Поделитесь петицией с друзьями: отсканируйте код</translation>
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
        <translation>На этом мероприятии: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="223"/>
        <source>In total: %1</source>
        <translation>Всего: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="232"/>
        <source>Or scan to sign online</source>
        <translation>Или отсканируйте, чтобы подписать онлайн</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="233"/>
        <source>Sign the petition</source>
        <translation>Подписать петицию</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="235"/>
        <source>Volunteer menu</source>
        <translation>Меню волонтёра</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="236"/>
        <location filename="../../kiosk/ui/welcome_screen.py" line="237"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="28"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>PIN-код — от {low} до {high} цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="29"/>
        <source>Enter the PIN.</source>
        <translation>Введите PIN-код.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="30"/>
        <source>That PIN is too easy to guess: avoid runs, repeats and common PINs.</source>
        <translation>Этот PIN-код слишком легко угадать: избегайте последовательностей, повторов и популярных PIN-кодов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="33"/>
        <source>The passphrase needs at least {low} characters.</source>
        <translation>Парольная фраза должна содержать не менее {low} символов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="36"/>
        <source>That passphrase is too easy to guess. Use four or more unrelated words, for example: lantern orbit velvet thirty.</source>
        <translation>Эту парольную фразу слишком легко угадать. Используйте четыре или больше не связанных между собой слов, например: фонарь орбита бархат тридцать.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="41"/>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../kiosk/core/setup.py" line="15"/>
        <source>Give the first event a name.</source>
        <translation>Дайте первому мероприятию название.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="16"/>
        <source>Choose the organizer&apos;s public key file, or paste the key&apos;s text.</source>
        <translation>Выберите файл открытого ключа организаторов или вставьте текст ключа.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="19"/>
        <source>That key file cannot be used: {detail}</source>
        <translation>Этот файл ключа нельзя использовать: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="20"/>
        <source>The key could not be saved: {detail}</source>
        <translation>Ключ не удалось сохранить: {detail}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../kiosk/core/validation.py" line="28"/>
        <source>{label} is required.</source>
        <translation>Поле «{label}» обязательно.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="29"/>
        <source>{label} can be at most {limit} characters.</source>
        <translation>Поле «{label}» — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="30"/>
        <source>{label} contains invisible control characters. Please type it again.</source>
        <translation>В поле «{label}» есть невидимые управляющие символы. Введите его заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="33"/>
        <source>{label} contains hidden text-direction characters. Please type it again.</source>
        <translation>В поле «{label}» есть скрытые символы направления текста. Введите его заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="36"/>
        <source>{label}: use the two-letter country code, for example GB, DE or UA.</source>
        <translation>{label}: укажите двухбуквенный код страны, например GB, DE или UA.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="39"/>
        <source>{label} must contain at least one letter.</source>
        <translation>Поле «{label}» должно содержать хотя бы одну букву.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="40"/>
        <source>This does not look like an email address. Example: name@example.org</source>
        <translation>Это не похоже на адрес эл. почты. Пример: name@example.org</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="43"/>
        <source>{label} is not in a format we recognise.</source>
        <translation>Формат поля «{label}» не распознан.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="44"/>
        <source>Tick the box to add your signature to the petition.</source>
        <translation>Отметьте пункт, чтобы подписать петицию.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="45"/>
        <source>To join the mailing list, enter your email address.</source>
        <translation>Чтобы получать рассылку, укажите адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="48"/>
        <source>The drawn signature is too large. Please clear it.</source>
        <translation>Подпись слишком сложная. Сотрите её и распишитесь снова.</translation>
    </message>
</context>
</TS>
