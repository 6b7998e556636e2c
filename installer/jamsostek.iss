; Inno Setup 6 script: wraps the PyInstaller folder dist\jamsostek-desktop\ into one setup program,
; dist\jamsostek-desktop-setup-<version>.exe, with a Start-menu entry and a desktop shortcut.
;
; Build on Windows (see installer\README.md):  python installer\build_setup.py
; which runs:  ISCC /DAppVersion=<version from pyproject.toml> installer\jamsostek.iss
;
; The program keeps its data (database, backups, keys, logs) in the user's data folder,
; %LOCALAPPDATA%\JamsostekDesktop, never in {app}: installing a new version over an old one,
; or uninstalling, leaves the data alone. The new version backs the database up before it
; upgrades its schema (db/connection.py).

#ifndef AppVersion
  #error Pass the version from pyproject.toml: ISCC /DAppVersion=0.1.0 jamsostek.iss (or use build_setup.py)
#endif
#define AppName "Jamsostek Desktop"
#define AppExe "jamsostek-desktop.exe"
#define Bundle "..\dist\jamsostek-desktop"

#if !FileExists(AddBackslash(SourcePath) + Bundle + "\" + AppExe)
  #error dist\jamsostek-desktop\jamsostek-desktop.exe not found: build it first with pyinstaller build_installer.spec
#endif

[Setup]
; AppId identifies the program across versions (upgrades replace it); never change it.
AppId={{E844FD10-FB63-4175-BAF7-2D2E2C3667E2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Pendataan pekerja rentan non-ASN untuk kepesertaan BPJS Ketenagakerjaan
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; A clerk without administrator rights can install for herself; an administrator for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\jamsostek.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist
OutputBaseFilename=jamsostek-desktop-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running copy holds files in {app}: ask to close it rather than fail half-way.
CloseApplications=yes
RestartApplications=no

[Languages]
; Indonesian when the compiler has Languages\Indonesian.isl (the translation from
; https://jrsoftware.org/files/istrans/ copied there); otherwise the setup speaks English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Files of the previous version's bundle must not linger beside the new one's.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
