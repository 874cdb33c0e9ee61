<#
.SYNOPSIS
  Make this Windows PC a petition kiosk: a local "kiosk" user, signed in at boot, that can
  run only the petition kiosk, restarted if it ever stops.

.DESCRIPTION
  Enterprise and Education: Shell Launcher v2 (ShellLauncher.xml) replaces Explorer with the
  kiosk for that user. Pro: a restricted-user Assigned Access profile
  (AssignedAccess-restricted.xml) allows only the kiosk and starts it at sign-in.
  The MDM bridge these use answers only to SYSTEM: run this from an elevated PowerShell
  started as SYSTEM, for example `psexec.exe -i -s powershell.exe` (Sysinternals).

.PARAMETER App
  The folder `make dist` built (dist\petition-kiosk) or one unpacked from the release archive.

.EXAMPLE
  .\install-kiosk.ps1 -App C:\Users\me\Downloads\petition-kiosk
#>
param(
    [Parameter(Mandatory = $true)][string]$App,
    [ValidateSet("Auto", "ShellLauncher", "AssignedAccess")][string]$Mode = "Auto"
)
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$target = Join-Path $env:ProgramFiles "PetitionKiosk"

# 1. The app, in Program Files, with a Start menu shortcut (the Assigned Access layout uses it).
if (-not (Test-Path (Join-Path $App "petition-kiosk.exe"))) { throw "no petition-kiosk.exe in $App" }
New-Item -ItemType Directory -Force -Path $target | Out-Null
Copy-Item -Recurse -Force -Path (Join-Path $App "*") -Destination $target
$shell = New-Object -ComObject WScript.Shell
$link = $shell.CreateShortcut("$env:ALLUSERSPROFILE\Microsoft\Windows\Start Menu\Programs\Petition Kiosk.lnk")
$link.TargetPath = Join-Path $target "petition-kiosk.exe"
$link.Arguments = "run"
$link.Save()

# 2. The kiosk user, a standard user with a random password nobody needs to know.
$password = -join ((48..57) + (65..90) + (97..122) | Get-Random -Count 24 | ForEach-Object { [char]$_ })
$secure = ConvertTo-SecureString $password -AsPlainText -Force
if (-not (Get-LocalUser -Name "kiosk" -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name "kiosk" -Password $secure -FullName "Petition Kiosk" -PasswordNeverExpires | Out-Null
    Add-LocalGroupMember -Group "Users" -Member "kiosk"
} else {
    Set-LocalUser -Name "kiosk" -Password $secure
}

# 3. Signed in at boot. (Sysinternals Autologon stores the password as an LSA secret rather
#    than in the registry: prefer it where you can.)
$winlogon = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon"
Set-ItemProperty $winlogon -Name AutoAdminLogon -Value "1"
Set-ItemProperty $winlogon -Name DefaultUserName -Value "kiosk"
Set-ItemProperty $winlogon -Name DefaultPassword -Value $password
Set-ItemProperty $winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME

# 4. The lockdown, by edition.
if ($Mode -eq "Auto") {
    $edition = (Get-CimInstance Win32_OperatingSystem).Caption
    $Mode = if ($edition -match "Enterprise|Education|IoT") { "ShellLauncher" } else { "AssignedAccess" }
}
$bridge = Get-CimInstance -Namespace "root\cimv2\mdm\dmmap" -ClassName "MDM_AssignedAccess"
if ($Mode -eq "ShellLauncher") {
    Enable-WindowsOptionalFeature -Online -NoRestart -FeatureName "Client-EmbeddedShellLauncher" -All | Out-Null
    $xml = Get-Content -Raw (Join-Path $here "ShellLauncher.xml")
    $bridge.ShellLauncher = [System.Net.WebUtility]::HtmlEncode($xml)
} else {
    $xml = Get-Content -Raw (Join-Path $here "AssignedAccess-restricted.xml")
    $bridge.Configuration = [System.Net.WebUtility]::HtmlEncode($xml)
}
Set-CimInstance -CimInstance $bridge
Write-Output "installed: $target, user kiosk, lockdown $Mode. Restart to start the kiosk."
