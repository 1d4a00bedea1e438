; Inno Setup 6 script for Steward: a per-user install, no administrator rights needed.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\steward.iss
;
; Input: the PyInstaller one-folder build in dist\Steward (Steward.exe, the console twin
; steward-cli.exe, _internal\). Output: dist\Steward-<version>-setup.exe.
;
; Installs to %LOCALAPPDATA%\Programs\Steward ({autopf} under PrivilegesRequired=lowest), adds a
; Start-menu shortcut and, if ticked, a desktop one. The installer speaks English or Simplified
; Chinese, following the Windows display language. The uninstaller removes the program and keeps
; the user's data folder (%APPDATA%\Steward) unless the user says otherwise when asked; a silent
; uninstall always keeps it.
;
; The Simplified Chinese messages file is not committed here: Inno Setup 6.5+ ships it as an
; official translation (compiler:Languages\ChineseSimplified.isl); with older versions put
; ChineseSimplified.isl from the Inno Setup translations next to this script (the release
; workflow does; see packaging/README.md).

#ifndef AppVersion
  #error "Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\steward.iss"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\Steward"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#else
  #error "ChineseSimplified.isl not found: see packaging/README.md (Windows installer)"
#endif

#define AppName "Steward"
#define AppExe "Steward.exe"
#define AppUserModelId "io.steward.Steward"

[Setup]
; Never change AppId: Windows matches upgrades and the uninstaller entry on it.
AppId={{F6BF1D83-8C9E-4F7F-ABEF-2E562A17F7A2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Steward developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename=Steward-{#AppVersion}-setup
SetupIconFile={#SourcePath}..\icons\steward.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"

[CustomMessages]
english.RemoveDataPrompt=Steward has been removed.%n%nAlso delete your Steward data (members, notes, backups and settings) in%n%1?%n%nChoose No to keep it; a later install will open it again.
chinesesimplified.RemoveDataPrompt=Steward 已卸载。%n%n是否同时删除 %1 中的 Steward 数据（成员、笔记、备份和设置）？%n%n选择“否”将保留数据，以后重新安装时仍可打开。
english.RemoveDataFailed=Some files in %1 could not be deleted (is Steward still running?). Delete the folder yourself once Steward is closed.
chinesesimplified.RemoveDataFailed=%1 中的部分文件无法删除（Steward 是否仍在运行？）。请在关闭 Steward 后手动删除该文件夹。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of the previous version lingers beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder Steward uses by default: platformdirs' roaming user data folder, the same
  path app/paths.py computes (a folder chosen with --data-dir or STEWARD_DATA_DIR is the
  user's own business and is never touched). }
function StewardDataDir(): String;
begin
  Result := ExpandConstant('{userappdata}\Steward');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := StewardDataDir();
  if UninstallSilent() or not DirExists(DataDir) then
    exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveDataPrompt'), [DataDir]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    if not DelTree(DataDir, True, True, True) then
      MsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [DataDir]), mbError, MB_OK);
  end;
end;
