<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EndOfDayScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/end_of_day.py" line="294"/>
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n signature</numerusform>
            <numerusform>%1: %n signatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="171"/>
        <source>%n try(s) left before a pause.</source>
        <translation>
            <numerusform>%n try left before a pause.</numerusform>
            <numerusform>%n tries left before a pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="175"/>
        <source>Removed %n exported signature(s)</source>
        <translation>
            <numerusform>Removed %n exported signature</numerusform>
            <numerusform>Removed %n exported signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/console_more.py" line="177"/>
        <source>kept %n not yet exported.</source>
        <translation>
            <numerusform>kept %n not yet exported.</numerusform>
            <numerusform>kept %n not yet exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveExported</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="55"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="59"/>
        <source>Wrong PIN: nothing was removed. %n try(s) left before a pause.</source>
        <translation>
            <numerusform>Wrong PIN: nothing was removed. %n try left before a pause.</numerusform>
            <numerusform>Wrong PIN: nothing was removed. %n tries left before a pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="69"/>
        <source>Removed %n signature(s) from this kiosk.</source>
        <translation>
            <numerusform>Removed %n signature from this kiosk.</numerusform>
            <numerusform>Removed %n signatures from this kiosk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/remove_exported.py" line="76"/>
        <source>Optional: remove the %n signature(s) that %1 holds from this kiosk. They are safe in the bundle, and the counts on the welcome screen stay as they are.</source>
        <translation>
            <numerusform>Optional: remove the %n signature that %1 holds from this kiosk. It is safe in the bundle, and the counts on the welcome screen stay as they are.</numerusform>
            <numerusform>Optional: remove the %n signatures that %1 holds from this kiosk. They are safe in the bundle, and the counts on the welcome screen stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/thanks_screen.py" line="99"/>
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>Back to the start in %n second</numerusform>
            <numerusform>Back to the start in %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
