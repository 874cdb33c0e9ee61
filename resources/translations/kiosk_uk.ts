<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="136" />
        <source>Signatures on this kiosk: %1</source>
        <translation>Підписів на цьому кіоску: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="138" />
        <source>not yet exported: %1</source>
        <translation>ще не вивантажено: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="149" />
        <location filename="../../kiosk/ui/admin_screen.py" line="162" />
        <source>Give the event a name first.</source>
        <translation>Спершу дайте заходу назву.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="151" />
        <source>New event started.</source>
        <translation>Новий захід розпочато.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="164" />
        <source>Event renamed.</source>
        <translation>Захід перейменовано.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="171" />
        <source>Event ended. New signatures start a new event.</source>
        <translation>Захід завершено. Нові підписи відкриють новий захід.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="180" />
        <source>The two PINs differ.</source>
        <translation>PIN-коди не збігаються.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="185" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код — від 4 до 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="187" />
        <source>PIN changed.</source>
        <translation>PIN-код змінено.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="190" />
        <source>Volunteer menu</source>
        <translation>Меню волонтера</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="191" />
        <location filename="../../kiosk/ui/admin_screen.py" line="199" />
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="192" />
        <location filename="../../kiosk/ui/admin_screen.py" line="199" />
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="193" />
        <source>Event name</source>
        <translation>Назва заходу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="194" />
        <source>Event place</source>
        <translation>Місце заходу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="195" />
        <source>Start new event</source>
        <translation>Почати новий захід</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="196" />
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="197" />
        <source>End event</source>
        <translation>Завершити захід</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="199" />
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="199" />
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="201" />
        <location filename="../../kiosk/ui/admin_screen.py" line="202" />
        <source>New PIN</source>
        <translation>Новий PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="203" />
        <location filename="../../kiosk/ui/admin_screen.py" line="204" />
        <source>Repeat PIN</source>
        <translation>Повторіть PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="205" />
        <source>Change PIN</source>
        <translation>Змінити PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="206" />
        <source>Export…</source>
        <translation>Вивантажити…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="207" />
        <source>Back up now</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="208" />
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="209" />
        <source>Exit kiosk</source>
        <translation>Вийти з кіоску</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="213" />
        <source>Events and their signature counts</source>
        <translation>Заходи та кількість підписів</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="89" />
        <source>Still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="90" />
        <source>For your privacy, this form will be cleared in %1 s.</source>
        <translation>Задля вашої приватності форму буде очищено за %1 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="92" />
        <source>I'm still here</source>
        <translation>Я тут</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="137" />
        <source>Your signature could not be saved</source>
        <translation>Не вдалося зберегти підпис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="138" />
        <source>Nothing you typed was kept. Please tell a volunteer.</source>
        <translation>Нічого з введеного не збережено. Будь ласка, скажіть волонтерові.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="143" />
        <source>Something went wrong</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="144" />
        <source>Any signature already confirmed is safe. Please ask a volunteer.</source>
        <translation>Усі вже підтверджені підписи в безпеці. Зверніться до волонтера.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="168" />
        <source>Backup failed: %1</source>
        <translation>Резервну копію не створено: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="170" />
        <source>Backup written: %1</source>
        <translation>Резервна копія: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="181" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код — від 4 до 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="191" />
        <source>The key could not be saved: %1</source>
        <translation>Не вдалося зберегти ключ: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="195" />
        <source>Give the first event a name.</source>
        <translation>Дайте першому заходу назву.</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/ui/message_screen.py" line="41" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="71" />
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN-код.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="84" />
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Забагато невдалих спроб. Спробуйте за %1 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="96" />
        <source>Volunteer PIN</source>
        <translation>PIN-код волонтера</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="97" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="115" />
        <source>Organizer public key</source>
        <translation>Відкритий ключ організаторів</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="116" />
        <source>Public keys (*.pub *.pem)</source>
        <translation>Відкриті ключі (*.pub *.pem)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="124" />
        <source>The two PINs differ.</source>
        <translation>PIN-коди не збігаються.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="132" />
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="135" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Парольна фраза — щонайменше 8 символів.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="140" />
        <source>Give the first event a name.</source>
        <translation>Дайте першому заходу назву.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="152" />
        <source>Set up this kiosk</source>
        <translation>Налаштування кіоску</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="154" />
        <source>Three steps before the first signature. The PIN unlocks the volunteer menu (tap the top-left corner of the welcome screen five times).</source>
        <translation>Три кроки до першого підпису. PIN-код відкриває меню волонтера (п'ять разів торкніться лівого верхнього кута головного екрана).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="156" />
        <source>Volunteer PIN (4-12 digits)</source>
        <translation>PIN-код волонтера (4–12 цифр)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="157" />
        <source>Repeat the PIN</source>
        <translation>Повторіть PIN-код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="158" />
        <source>Who can read the signatures?</source>
        <translation>Хто зможе прочитати підписи?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="160" />
        <source>Create an organizer key on this kiosk, protected by a passphrase</source>
        <translation>Створити ключ організаторів на цьому кіоску, захищений парольною фразою</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="161" />
        <source>Export passphrase</source>
        <translation>Парольна фраза для вивантаження</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="162" />
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="163" />
        <source>Use the organizer's public key file</source>
        <translation>Використати файл відкритого ключа організаторів</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="164" />
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="165" />
        <source>First event</source>
        <translation>Перший захід</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="166" />
        <source>Place (optional)</source>
        <translation>Місце (необов'язково)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="167" />
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="168" />
        <source>Start collecting</source>
        <translation>Почати збір підписів</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="267" />
        <source>Add your name</source>
        <translation>Додайте свій підпис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="274" />
        <source>I sign this petition (required)</source>
        <translation>Я підписую цю петицію (обов'язково)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="277" />
        <source>Keep me informed about this campaign by email (optional)</source>
        <translation>Надсилайте мені новини кампанії ел. поштою (необов'язково)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="280" />
        <source>What happens to my details?</source>
        <translation>Що буде з моїми даними?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="283" />
        <source>Your signature (optional)</source>
        <translation>Ваш підпис від руки (необов'язково)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="284" />
        <source>Signature pad</source>
        <translation>Поле для підпису</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="285" />
        <source>Clear</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="286" />
        <source>Clear the signature</source>
        <translation>Стерти підпис</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="287" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="289" />
        <source>Sign</source>
        <translation>Підписати</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="290" />
        <source>Submit my signature</source>
        <translation>Надіслати мій підпис</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="65" />
        <source>Your signature is saved. You are number %1 today.</source>
        <translation>Ваш підпис збережено. Сьогодні ви — %1-й.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="69" />
        <source>Thank you!</source>
        <translation>Дякуємо!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="70" />
        <source>Share the petition with friends: scan the code</source>
        <translation>Поділіться петицією з друзями: відскануйте код</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="72" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="116" />
        <source>Signatures today: %1</source>
        <translation>Підписів сьогодні: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="118" />
        <source>In total: %1</source>
        <translation>Усього: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="127" />
        <source>Or scan to sign online</source>
        <translation>Або відскануйте, щоб підписати онлайн</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="128" />
        <source>Sign the petition</source>
        <translation>Підписати петицію</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="130" />
        <source>Volunteer menu</source>
        <translation>Меню волонтера</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../kiosk/core/validation.py" line="29" />
        <source>{label} is required.</source>
        <translation>Поле «{label}» обов'язкове.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="30" />
        <source>{label} can be at most {limit} characters.</source>
        <translation>Поле «{label}» — не довше {limit} символів.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="31" />
        <source>{label} contains invisible control characters. Please type it again.</source>
        <translation>У полі «{label}» є невидимі керівні символи. Введіть його знову.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="34" />
        <source>{label} contains hidden text-direction characters. Please type it again.</source>
        <translation>У полі «{label}» є приховані символи напрямку тексту. Введіть його знову.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="37" />
        <source>{label} must contain at least one letter.</source>
        <translation>Поле «{label}» має містити хоча б одну літеру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="38" />
        <source>This does not look like an email address. Example: name@example.org</source>
        <translation>Це не схоже на адресу ел. пошти. Приклад: name@example.org</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="41" />
        <source>{label} is not in a format we recognise.</source>
        <translation>Формат поля «{label}» не розпізнано.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="42" />
        <source>Tick the box to add your signature to the petition.</source>
        <translation>Позначте пункт, щоб підписати петицію.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="43" />
        <source>To join the mailing list, enter your email address.</source>
        <translation>Щоб отримувати розсилку, вкажіть адресу ел. пошти.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="46" />
        <source>The drawn signature is too large. Please clear it.</source>
        <translation>Підпис занадто складний. Зітріть його та розпишіться знову.</translation>
    </message>
</context>
</TS>