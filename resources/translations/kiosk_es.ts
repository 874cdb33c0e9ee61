<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="182"/>
        <source>Signatures on this kiosk: %1</source>
        <translation>Firmas en este quiosco: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="197"/>
        <location filename="../../kiosk/ui/admin_screen.py" line="210"/>
        <source>Give the event a name first.</source>
        <translation>Primero pon un nombre al evento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="199"/>
        <source>New event started.</source>
        <translation>Nuevo evento iniciado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="212"/>
        <source>Event renamed.</source>
        <translation>Evento renombrado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="219"/>
        <source>Event ended. New signatures start a new event.</source>
        <translation>Evento terminado. Las nuevas firmas abrirán un evento nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="224"/>
        <source>Volunteer menu</source>
        <translation>Menú de voluntariado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="225"/>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="226"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="227"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="228"/>
        <source>Event place</source>
        <translation>Lugar del evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="229"/>
        <source>Start new event</source>
        <translation>Iniciar nuevo evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="230"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="231"/>
        <source>End event</source>
        <translation>Terminar evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="232"/>
        <source>End of day…</source>
        <translation>Fin del día…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="233"/>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="234"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="236"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="184"/>
        <source>not yet in a verified export: %1</source>
        <translation>aún sin exportación verificada: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="239"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="250"/>
        <source>Events and their signature counts</source>
        <translation>Eventos y sus firmas</translation>
    </message>
</context>
<context>
    <name>DriveChooser</name>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="90"/>
        <source>%1 — %2, %3 free</source>
        <translation>%1 — %2, %3 libres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="115"/>
        <source>This folder is on the kiosk&apos;s own disk. A lost kiosk would take the files with it: use a USB stick if you can.</source>
        <translation>Esta carpeta está en el disco del propio quiosco. Si se pierde el quiosco, se pierden los archivos: usa una memoria USB si puedes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="125"/>
        <source>Choose the destination folder</source>
        <translation>Elige la carpeta de destino</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="132"/>
        <source>Plug in a USB stick, then choose it below. The list follows as sticks come and go.</source>
        <translation>Conecta una memoria USB y elígela abajo. La lista se actualiza cuando se conectan o retiran.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="135"/>
        <source>No USB stick found yet.</source>
        <translation>Aún no se encuentra ninguna memoria USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="136"/>
        <source>Another folder…</source>
        <translation>Otra carpeta…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/drive_chooser.py" line="137"/>
        <source>Choose another folder</source>
        <translation>Elegir otra carpeta</translation>
    </message>
</context>
<context>
    <name>EndOfDayScreen</name>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="211"/>
        <location filename="../../kiosk/ui/end_of_day.py" line="213"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="212"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="213"/>
        <location filename="../../kiosk/ui/end_of_day.py" line="214"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="219"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="219"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="266"/>
        <source>Enter the organizer passphrase.</source>
        <translation>Introduzca la frase de contraseña del organizador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/end_of_day.py" line="294"/>
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n firma</numerusform>
            <numerusform>%1: %n firmas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="306"/>
        <source>You can now remove the stick.</source>
        <translation>Ya puedes retirar la memoria USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="309"/>
        <source>The files are in %1.</source>
        <translation>Los archivos están en %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="314"/>
        <source>Exported and checked.</source>
        <translation>Exportado y comprobado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="318"/>
        <source>The PDF and CSV files hold names in plain text: hand the stick only to the organizer.</source>
        <translation>Los archivos PDF y CSV tienen los nombres en texto claro: entrega la memoria solo a la organización.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="333"/>
        <source>Export cancelled. Nothing was left on the drive.</source>
        <translation>Exportación cancelada. No quedó nada en la unidad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="354"/>
        <source>End of day</source>
        <translation>Fin del día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="358"/>
        <source>Always written: the sealed bundle. Only the organizer&apos;s key opens it, so it is safe on any stick or in an e-mail.</source>
        <translation>Siempre se escribe el paquete sellado. Solo la clave de la organización lo abre, así que es seguro en cualquier memoria o en un correo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="362"/>
        <source>Also printable sheets (PDF) and CSV files</source>
        <translation>También hojas imprimibles (PDF) y archivos CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="366"/>
        <source>These files hold names and e-mail addresses in plain text. They need the organizer passphrase:</source>
        <translation>Estos archivos tienen nombres y correos en texto claro. Hace falta la frase de contraseña de la organización:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="370"/>
        <location filename="../../kiosk/ui/end_of_day.py" line="371"/>
        <source>Organizer passphrase</source>
        <translation>Frase de contraseña de la organización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="374"/>
        <source>This kiosk holds only the organizer&apos;s public key: the sealed bundle is all it writes, and the organizer opens it later.</source>
        <translation>Este quiosco solo tiene la clave pública de la organización: escribe únicamente el paquete sellado, que la organización abrirá después.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="378"/>
        <source>Blank sheets to print for signing on paper:</source>
        <translation>Hojas en blanco para firmar en papel:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="380"/>
        <source>Writing, then reading everything back to check it…</source>
        <translation>Escribiendo y releyendo todo para comprobarlo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="388"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="389"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="390"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="391"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="392"/>
        <source>Free the kiosk</source>
        <translation>Liberar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/end_of_day.py" line="395"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportFailure</name>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="33"/>
        <source>The folder %1 does not exist: is the USB stick plugged in?</source>
        <translation>La carpeta %1 no existe: ¿está conectada la memoria USB?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="36"/>
        <source>%1 is full. Nothing was left on it: free some space or use another stick.</source>
        <translation>%1 está lleno. No quedó nada en él: libera espacio o usa otra memoria.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="40"/>
        <source>A file is too large for %1 (FAT32 stops at 4 GiB). Nothing was left on it: use a stick formatted as exFAT or NTFS.</source>
        <translation>Un archivo es demasiado grande para %1 (FAT32 se queda en 4 GiB). No quedó nada: usa una memoria con exFAT o NTFS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="45"/>
        <source>%1 cannot be written to (read-only, or no permission).</source>
        <translation>No se puede escribir en %1 (solo lectura o sin permiso).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="48"/>
        <source>%1 went away (was the stick pulled out?). Nothing was left half-written: plug it in and export again.</source>
        <translation>%1 desapareció (¿se retiró la memoria?). No quedó nada a medias: conéctala y exporta de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="53"/>
        <source>That is not the organizer passphrase. Nothing was written.</source>
        <translation>Esa no es la frase de contraseña de la organización. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="56"/>
        <source>The export failed unexpectedly; nothing was left on the drive.</source>
        <translation>La exportación falló inesperadamente; no quedó nada en la unidad.</translation>
    </message>
</context>
<context>
    <name>FormatLabels</name>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="8"/>
        <source>Printable signature sheets (PDF)</source>
        <translation>Hojas de firmas para imprimir (PDF)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="9"/>
        <source>Action Network CSV</source>
        <translation>CSV para Action Network</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="10"/>
        <source>Action Network CSV (signed, not subscribed)</source>
        <translation>CSV de Action Network (firmaron, sin suscripción)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="13"/>
        <source>NationBuilder CSV</source>
        <translation>CSV para NationBuilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="14"/>
        <source>Mailchimp CSV (opted-in only)</source>
        <translation>CSV para Mailchimp (solo con suscripción)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="15"/>
        <source>Signatures per postcode (CSV)</source>
        <translation>Firmas por código postal (CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="16"/>
        <source>Spreadsheet CSV</source>
        <translation>CSV para hojas de cálculo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/format_labels.py" line="17"/>
        <source>Sealed bundle (safe to e-mail)</source>
        <translation>Paquete cifrado (se puede enviar por correo)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="100"/>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="102"/>
        <source>For your privacy, this form will be cleared in %1 s.</source>
        <translation>Por tu privacidad, este formulario se borrará en %1 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle_overlay.py" line="106"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>KeyBackupPanel</name>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="77"/>
        <location filename="../../kiosk/ui/key_backup.py" line="124"/>
        <source>Where to write the backup</source>
        <translation>Dónde guardar la copia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="85"/>
        <source>The backup was not written: %1</source>
        <translation>La copia no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="88"/>
        <source>Written to %1 and read back. Keep it apart from the passphrase.</source>
        <translation>Guardada en %1 y comprobada. Guárdala lejos de la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="93"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="99"/>
        <source>The key was not removed: %1</source>
        <translation>La clave no se quitó: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="104"/>
        <source>The key is no longer on this kiosk: it seals signatures but cannot open them. Exports of sheets and CSVs now happen on the organizer&apos;s computer.</source>
        <translation>La clave ya no está en este quiosco: cifra las firmas pero no puede abrirlas. Las hojas y los CSV se exportan ahora en el ordenador de la organización.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="110"/>
        <source>Back up the organizer key</source>
        <translation>Copia de la clave de la organización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="113"/>
        <source>The key that opens every signature exists only on this kiosk. Insert a USB stick and write a copy; without it, a lost kiosk loses every signature.</source>
        <translation>La clave que abre todas las firmas solo está en este quiosco. Inserta una memoria USB y guarda una copia: sin ella, perder el quiosco es perder todas las firmas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="117"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="118"/>
        <source>Write the backup</source>
        <translation>Guardar la copia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="119"/>
        <source>Remove the key from this kiosk</source>
        <translation>Quitar la clave de este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/key_backup.py" line="121"/>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="223"/>
        <source>This PIN is too short or too easy to guess: choose a new one below.</source>
        <translation>Este PIN es demasiado corto o fácil de adivinar: elige uno nuevo abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="240"/>
        <source>Your signature could not be saved</source>
        <translation>No se pudo guardar tu firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="241"/>
        <source>Nothing you typed was kept. Please tell a volunteer.</source>
        <translation>No se ha guardado nada de lo que escribiste. Avisa a una persona voluntaria.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="246"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="247"/>
        <source>Any signature already confirmed is safe. Please ask a volunteer.</source>
        <translation>Las firmas ya confirmadas están a salvo. Pide ayuda a una persona voluntaria.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="272"/>
        <source>Backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="275"/>
        <source>Backup written: %1</source>
        <translation>Copia de seguridad guardada: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/ui/message_screen.py" line="42"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="128"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="128"/>
        <location filename="../../kiosk/ui/console_more.py" line="207"/>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="138"/>
        <source>This kiosk: %1 · fingerprint %2</source>
        <translation>Este quiosco: %1 · huella %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="154"/>
        <source>The kiosk now starts, and returns after each signer, in %1.</source>
        <translation>Ahora el quiosco empieza, y vuelve tras cada firmante, en %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="165"/>
        <source>Enter the PIN to remove exported signatures.</source>
        <translation>Introduzca el PIN para borrar las firmas exportadas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="169"/>
        <source>Wrong PIN: nothing was removed.</source>
        <translation>PIN incorrecto: no se ha borrado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="171"/>
        <source>%n try(s) left before a pause.</source>
        <translation>
            <numerusform>Queda %n intento antes de una pausa.</numerusform>
            <numerusform>Quedan %n intentos antes de una pausa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="175"/>
        <source>Removed %n exported signature(s)</source>
        <translation>
            <numerusform>Se eliminó %n firma exportada</numerusform>
            <numerusform>Se eliminaron %n firmas exportadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="177"/>
        <source>kept %n not yet exported.</source>
        <translation>
            <numerusform>se conserva %n sin exportar.</numerusform>
            <numerusform>se conservan %n sin exportar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="194"/>
        <source>PIN changed.</source>
        <translation>PIN cambiado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="197"/>
        <location filename="../../kiosk/ui/console_more.py" line="198"/>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="199"/>
        <location filename="../../kiosk/ui/console_more.py" line="200"/>
        <source>Repeat PIN</source>
        <translation>Repite el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="201"/>
        <source>Change PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="202"/>
        <source>Back up now</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="203"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="204"/>
        <source>PIN to confirm removing exported signatures</source>
        <translation>PIN para confirmar el borrado de firmas exportadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="205"/>
        <source>Remove exported</source>
        <translation>Borrar exportadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="206"/>
        <source>Exit the kiosk? The signatures stay safe on it.</source>
        <translation>¿Salir del quiosco? Las firmas quedan a salvo en él.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="209"/>
        <source>Start in:</source>
        <translation>Idioma inicial:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="211"/>
        <source>Start in %1</source>
        <translation>Empezar en %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_more.py" line="212"/>
        <source>Clear an untouched form after (seconds):</source>
        <translation>Borrar un formulario sin tocar tras (segundos):</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="142"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="143"/>
        <source>Next field</source>
        <translation>Campo siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="144"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="145"/>
        <source>Hide the keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="146"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="147"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="148"/>
        <source>Capital letters</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="149"/>
        <source>Change alphabet</source>
        <translation>Cambiar de alfabeto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/onscreen_keyboard.py" line="150"/>
        <source>Accented letters</source>
        <translation>Letras con tilde</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="68"/>
        <source>Type the PIN, then OK.</source>
        <translation>Escribe el PIN y pulsa OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="80"/>
        <source>Wrong PIN. %1 more tries before a pause.</source>
        <translation>PIN incorrecto. Quedan %1 intentos antes de una pausa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="82"/>
        <source>Wrong PIN. One more try before a pause.</source>
        <translation>PIN incorrecto. Queda un intento antes de una pausa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="98"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos. Inténtalo de nuevo en %1 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="110"/>
        <source>Volunteer PIN</source>
        <translation>PIN de voluntariado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="111"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RemoveExported</name>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="48"/>
        <source>Enter the PIN first.</source>
        <translation>Primero escribe el PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="55"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN erróneos. Inténtalo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN erróneos. Inténtalo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="59"/>
        <source>Wrong PIN: nothing was removed. %n try(s) left before a pause.</source>
        <translation>
            <numerusform>PIN incorrecto: no se eliminó nada. Queda %n intento antes de una pausa.</numerusform>
            <numerusform>PIN incorrecto: no se eliminó nada. Quedan %n intentos antes de una pausa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="64"/>
        <source>Wrong PIN: nothing was removed.</source>
        <translation>PIN incorrecto: no se ha borrado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="69"/>
        <source>Removed %n signature(s) from this kiosk.</source>
        <translation>
            <numerusform>Se eliminó %n firma de este quiosco.</numerusform>
            <numerusform>Se eliminaron %n firmas de este quiosco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="76"/>
        <source>Optional: remove the %n signature(s) that %1 holds from this kiosk. They are safe in the bundle, and the counts on the welcome screen stay as they are.</source>
        <translation>
            <numerusform>Opcional: elimina de este quiosco la %n firma que contiene %1. Está a salvo en el paquete, y los contadores de la pantalla de inicio no cambian.</numerusform>
            <numerusform>Opcional: elimina de este quiosco las %n firmas que contiene %1. Están a salvo en el paquete, y los contadores de la pantalla de inicio no cambian.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="82"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="83"/>
        <source>PIN to remove the exported signatures</source>
        <translation>PIN para eliminar las firmas exportadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/remove_exported.py" line="84"/>
        <source>Remove from this kiosk</source>
        <translation>Eliminar de este quiosco</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="170"/>
        <source>Organizer public key</source>
        <translation>Clave pública de la organización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="172"/>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Claves públicas (*.pub *.pem)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="185"/>
        <source>Fingerprint: %1. Check it with the organizer before you go on.</source>
        <translation>Huella: %1. Compruébala con la organización antes de seguir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="189"/>
        <source>This file is not an organizer public key.</source>
        <translation>Este archivo no es una clave pública de la organización.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="257"/>
        <source>Set up this kiosk</source>
        <translation>Configurar este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="260"/>
        <source>Three steps before the first signature. The PIN unlocks the volunteer menu (tap the top-left corner of the welcome screen five times).</source>
        <translation>Tres pasos antes de la primera firma. El PIN abre el menú de voluntariado (toca cinco veces la esquina superior izquierda de la pantalla de inicio).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="265"/>
        <source>Volunteer PIN (%1 to %2 digits)</source>
        <translation>PIN de voluntariado (de %1 a %2 cifras)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="269"/>
        <source>Repeat the PIN</source>
        <translation>Repite el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="270"/>
        <source>Who can read the signatures?</source>
        <translation>¿Quién puede leer las firmas?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="272"/>
        <source>Create an organizer key on this kiosk, protected by a passphrase</source>
        <translation>Crear una clave de la organización en este quiosco, protegida con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="274"/>
        <source>Export passphrase</source>
        <translation>Frase de contraseña para exportar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="275"/>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="276"/>
        <source>Use the organizer&apos;s public key file</source>
        <translation>Usar el archivo de clave pública de la organización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="277"/>
        <source>organizer.pub on a USB stick, or paste the key</source>
        <translation>organizer.pub en una memoria USB, o pega la clave</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="278"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="279"/>
        <source>First event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="280"/>
        <source>Place (optional)</source>
        <translation>Lugar (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="281"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="282"/>
        <source>Start collecting</source>
        <translation>Empezar a recoger firmas</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="359"/>
        <source>Add your name</source>
        <translation>Añade tu nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="366"/>
        <source>I sign this petition (required)</source>
        <translation>Firmo esta petición (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="368"/>
        <source>Keep me informed about this campaign by email (optional)</source>
        <translation>Quiero recibir noticias de la campaña por correo (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="370"/>
        <source>What happens to my details?</source>
        <translation>¿Qué pasa con mis datos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="374"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="375"/>
        <source>Close the privacy notice</source>
        <translation>Cerrar el aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="376"/>
        <source>Your signature (optional)</source>
        <translation>Tu firma a mano (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="377"/>
        <source>Signature pad</source>
        <translation>Área de firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="378"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="379"/>
        <source>Clear the signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="380"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="383"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="384"/>
        <source>Show or hide the on-screen keyboard</source>
        <translation>Mostrar u ocultar el teclado en pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="385"/>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_screen.py" line="386"/>
        <source>Submit my signature</source>
        <translation>Enviar mi firma</translation>
    </message>
</context>
<context>
    <name>StatusTiles</name>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="55"/>
        <source>Signed at this event</source>
        <translation>Firmas en este evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="57"/>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="60"/>
        <source>Not yet exported</source>
        <translation>Sin exportar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="62"/>
        <source>Use End of day to take them home</source>
        <translation>Usa «Fin del día» para llevártelas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="71"/>
        <location filename="../../kiosk/ui/console_tiles.py" line="74"/>
        <source>Last export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="74"/>
        <source>None yet</source>
        <translation>Aún ninguna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="83"/>
        <source>Battery %1 %, not charging</source>
        <translation>Batería %1 %, sin cargar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="85"/>
        <source>Battery %1 %, charging</source>
        <translation>Batería %1 %, cargando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_tiles.py" line="87"/>
        <source>Free space</source>
        <translation>Espacio libre</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="93"/>
        <source>Your signature is saved.</source>
        <translation>Tu firma está guardada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="95"/>
        <source>Your number: %1</source>
        <translation>Tu número: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/thanks_screen.py" line="99"/>
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>Volvemos al inicio en %n segundo</numerusform>
            <numerusform>Volvemos al inicio en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="102"/>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="104"/>
        <source>Share the petition with friends: scan the code</source>
        <translation>Comparte la petición: escanea el código</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/thanks_screen.py" line="108"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="221"/>
        <source>At this event: %1</source>
        <translation>En este evento: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="223"/>
        <source>In total: %1</source>
        <translation>En total: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="232"/>
        <source>Or scan to sign online</source>
        <translation>O escanea para firmar en línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="233"/>
        <source>Sign the petition</source>
        <translation>Firmar la petición</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="235"/>
        <source>Volunteer menu</source>
        <translation>Menú de voluntariado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/welcome_screen.py" line="236"/>
        <location filename="../../kiosk/ui/welcome_screen.py" line="237"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="28"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>El PIN tiene de {low} a {high} dígitos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="29"/>
        <source>Enter the PIN.</source>
        <translation>Introduzca el PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="30"/>
        <source>That PIN is too easy to guess: avoid runs, repeats and common PINs.</source>
        <translation>Ese PIN es demasiado fácil de adivinar: evita secuencias, repeticiones y PIN habituales.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="33"/>
        <source>The passphrase needs at least {low} characters.</source>
        <translation>La frase de contraseña necesita al menos {low} caracteres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="36"/>
        <source>That passphrase is too easy to guess. Use four or more unrelated words, for example: lantern orbit velvet thirty.</source>
        <translation>Esa frase de contraseña es demasiado fácil de adivinar. Usa cuatro o más palabras sin relación, por ejemplo: farol órbita terciopelo treinta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="41"/>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials.py" line="42"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../kiosk/core/setup.py" line="15"/>
        <source>Give the first event a name.</source>
        <translation>Pon un nombre al primer evento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="16"/>
        <source>Choose the organizer&apos;s public key file, or paste the key&apos;s text.</source>
        <translation>Elige el archivo de clave pública de la organización o pega el texto de la clave.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="19"/>
        <source>That key file cannot be used: {detail}</source>
        <translation>Ese archivo de clave no se puede usar: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="20"/>
        <source>The key could not be saved: {detail}</source>
        <translation>No se pudo guardar la clave: {detail}</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../kiosk/core/validation.py" line="28"/>
        <source>{label} is required.</source>
        <translation>«{label}» es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="29"/>
        <source>{label} can be at most {limit} characters.</source>
        <translation>«{label}» admite como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="30"/>
        <source>{label} contains invisible control characters. Please type it again.</source>
        <translation>«{label}» contiene caracteres de control invisibles. Escríbelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="33"/>
        <source>{label} contains hidden text-direction characters. Please type it again.</source>
        <translation>«{label}» contiene caracteres ocultos de dirección del texto. Escríbelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="36"/>
        <source>{label}: use the two-letter country code, for example GB, DE or UA.</source>
        <translation>{label}: usa el código de país de dos letras, por ejemplo GB, DE o UA.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="39"/>
        <source>{label} must contain at least one letter.</source>
        <translation>«{label}» debe contener al menos una letra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="40"/>
        <source>This does not look like an email address. Example: name@example.org</source>
        <translation>Esto no parece una dirección de correo. Ejemplo: nombre@example.org</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="43"/>
        <source>{label} is not in a format we recognise.</source>
        <translation>«{label}» no tiene un formato reconocible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="44"/>
        <source>Tick the box to add your signature to the petition.</source>
        <translation>Marca la casilla para añadir tu firma a la petición.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="45"/>
        <source>To join the mailing list, enter your email address.</source>
        <translation>Para recibir noticias, escribe tu correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/validation.py" line="48"/>
        <source>The drawn signature is too large. Please clear it.</source>
        <translation>La firma dibujada es demasiado grande. Bórrala, por favor.</translation>
    </message>
</context>
</TS>
