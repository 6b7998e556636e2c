<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AccountsMenu</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="28"/>
        <source>Ganti &amp;kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="29"/>
        <source>Ganti &amp;pengguna…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="36"/>
        <source>&amp;Riwayat peserta…</source>
        <translation>Participant &amp;history…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="39"/>
        <source>&amp;Pengguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="42"/>
        <source>&amp;Log audit…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="46"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="49"/>
        <source>Pulihkan dari ca&amp;dangan…</source>
        <translation>Restore from bac&amp;kup…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="53"/>
        <source>Hanya Administrator yang dapat memulihkan cadangan.</source>
        <translation>Only an Administrator can restore a backup.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="54"/>
        <source>Folder cadangan &amp;kedua…</source>
        <translation>&amp;Second backup folder…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="56"/>
        <source>P&amp;eriksa basis data</source>
        <translation>Ch&amp;eck database</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="59"/>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="73"/>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="77"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="74"/>
        <source>Belum ada pengguna yang masuk.</source>
        <translation>No user is signed in.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="78"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="87"/>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="93"/>
        <source>Riwayat peserta</source>
        <translation>Participant history</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="88"/>
        <source>Pilih satu peserta dalam daftar dulu.</source>
        <translation>Select one participant in the list first.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="102"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="121"/>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="131"/>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="134"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="134"/>
        <source>Data dipulihkan dari {name}.
Data sebelumnya disimpan sebagai {kept}.

Silakan masuk lagi.</source>
        <translation>Data restored from {name}.
The previous data was kept as {kept}.

Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="176"/>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="181"/>
        <source>Periksa basis data</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="176"/>
        <source>Basis data baik (integrity_check, foreign key, versi skema {v}).

{counts}</source>
        <translation>The database is sound (integrity_check, foreign keys, schema version {v}).

{counts}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/menu.py" line="181"/>
        <source>Basis data bermasalah:
{problems}

Pulihkan dari cadangan terbaru yang baik.</source>
        <translation>The database has problems:
{problems}

Restore it from the latest good backup.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="185"/>
        <source>Akun administrator</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="186"/>
        <source>Administrator mengelola pengguna, profil dan katalog. Simpan kata sandinya di tempat aman: tanpa itu data tidak dapat dibuka.</source>
        <translation>The administrator manages users, the office profile and the catalogue. Keep the password somewhere safe: without it the data cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="188"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="189"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="190"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="190"/>
        <source>minimal 8 karakter</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="192"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="225"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="147"/>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="285"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="153"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="160"/>
        <source>Cari kolom, nilai, alasan…</source>
        <translation>Search fields, values, reasons…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="164"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="168"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="179"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="179"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="180"/>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="186"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="190"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="212"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="240"/>
        <source>{n} entri</source>
        <translation>Entries: {n}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="244"/>
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="245"/>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="254"/>
        <source>{n} entri diekspor ke {path}.</source>
        <translation>Entries exported to {path}: {n}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="47"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="47"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="48"/>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="48"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="49"/>
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="49"/>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="50"/>
        <source>Nilai lama</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="50"/>
        <source>Nilai baru</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="51"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="88"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="88"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="251"/>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="253"/>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="254"/>
        <source>Cadangan dibuat:
{path}</source>
        <translation>Backup made:
{path}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="260"/>
        <source>Folder cadangan kedua (mis. flash drive)</source>
        <translation>Second backup folder (e.g. a flash drive)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="264"/>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="267"/>
        <source>Folder cadangan kedua</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="265"/>
        <source>Setiap cadangan juga disalin ke:
{path}</source>
        <translation>Every backup is also copied to:
{path}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="268"/>
        <source>Berhenti menyalin cadangan ke {path}?</source>
        <translation>Stop copying backups to {path}?</translation>
    </message>
</context>
<context>
    <name>BackupNotifier</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="133"/>
        <source>Cadangan otomatis dibuat: {name}</source>
        <translation>Automatic backup made: {name}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="137"/>
        <source>Cadangan otomatis gagal: {message}</source>
        <translation>Automatic backup failed: {message}</translation>
    </message>
</context>
<context>
    <name>CategoryFiguresModel</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="47"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="48"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="49"/>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="108"/>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="50"/>
        <source>Cakupan</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="72"/>
        <source>Jumlah pekerja kategori ini di wilayah (klik dua kali untuk mengisi)</source>
        <translation>Number of workers of this category in the area (double-click to enter)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="216"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="217"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="222"/>
        <source>Kata sandi Anda diatur ulang oleh administrator. Buat kata sandi baru sebelum melanjutkan.</source>
        <translation>An administrator has reset your password. Choose a new password before you continue.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="229"/>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="230"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="231"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="235"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="180"/>
        <source>Periksa hasil pemeriksaan</source>
        <translation>Review the check results</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="181"/>
        <source>Belum ada data yang disimpan. Baris bermasalah tidak ikut diimpor; simpan laporannya, perbaiki di Excel, lalu impor berkas laporan itu.</source>
        <translation>Nothing has been saved yet. Rows with problems are not imported; save the report, correct them in Excel, then import that report file.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="204"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="229"/>
        <source>Memeriksa setiap baris…</source>
        <translation>Checking every row…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="248"/>
        <source>Impor %n peserta</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="254"/>
        <source>{sheet} baris {row}, {field}: {message}</source>
        <translation>{sheet} row {row}, {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="261"/>
        <source>Pemeriksaan gagal: </source>
        <translation>Check failed: </translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="262"/>
        <source>Impor Excel</source>
        <translation>Excel import</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="277"/>
        <source>Menyimpan peserta…</source>
        <translation>Saving participants…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="297"/>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="298"/>
        <source>Berkas Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="308"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="310"/>
        <source>Laporan disimpan: </source>
        <translation>Report saved: </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="137"/>
        <source>Peserta terdaftar</source>
        <translation>Registered participants</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="138"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="139"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="140"/>
        <source>Cakupan (terdaftar / potensi)</source>
        <translation>Coverage (registered / potential)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="146"/>
        <source>Angka per kategori</source>
        <translation>Figures per category</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="159"/>
        <source>Per kategori (isi kolom Potensi untuk menghitung cakupan)</source>
        <translation>Per category (fill in the Potential column to compute coverage)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="162"/>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="173"/>
        <source>Iuran yang dibayar APBD</source>
        <translation>Contributions paid from the regional budget (APBD)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="175"/>
        <source>Per bulan</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="176"/>
        <source>Per tahun</source>
        <translation>Per year</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="178"/>
        <source>JKK + JKM</source>
        <translation>JKK + JKM</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="179"/>
        <source>JKK + JKM + JHT</source>
        <translation>JKK + JKM + JHT</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="195"/>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="263"/>
        <source>Pilih satu atau beberapa kategori di tabel untuk melihat iurannya.</source>
        <translation>Select one or more categories in the table to see their contributions.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="234"/>
        <source>Dasbor — {title}</source>
        <translation>Dashboard — {title}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="251"/>
        <source>Untuk {n} peserta terdaftar, dengan tarif yang berlaku hari ini.</source>
        <translation>For the registered participants ({n}), at today&apos;s rates.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="269"/>
        <source>&lt;b&gt;{names}&lt;/b&gt; ({n} orang): JKK + JKM {m} per bulan ({y} per tahun); dengan JHT {mj} per bulan ({yj} per tahun).</source>
        <translation>&lt;b&gt;{names}&lt;/b&gt; (participants: {n}): JKK + JKM {m} per month ({y} per year); with JHT {mj} per month ({yj} per year).</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dashboard.py" line="280"/>
        <source>Dihitung dari kategori yang potensinya sudah diisi.</source>
        <translation>Computed from the categories whose potential has been entered.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="55"/>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="168"/>
        <source>Ekspor Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="57"/>
        <source>Lengkap: semua data, satu lembar per kategori, dengan ringkasan</source>
        <translation>Complete: all data, one sheet per category, with a summary</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="59"/>
        <source>Daftar pendaftaran kolektif untuk kantor cabang BPJS</source>
        <translation>Collective registration list for the BPJS branch office</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="67"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="71"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="81"/>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="73"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="89"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="93"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="97"/>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="95"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="111"/>
        <source>Isi:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="112"/>
        <source>Peserta:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="113"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="137"/>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="138"/>
        <source>Berkas Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="149"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="156"/>
        <source>%n peserta diekspor ke </source>
        <translation>
            <numerusform>%n participant exported to </numerusform>
            <numerusform>%n participants exported to </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/export_dialog.py" line="167"/>
        <source>Ekspor gagal.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="44"/>
        <source>Kirim data ke kantor kota</source>
        <translation>Send data to the city office</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="55"/>
        <source>Perubahan sejak pengiriman terakhir</source>
        <translation>Changes since the last sending</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="56"/>
        <source>Semua data (lengkap)</source>
        <translation>All data (complete)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="57"/>
        <source>Kirim ulang berkas nomor</source>
        <translation>Send again file number</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="71"/>
        <source>Simpan ke:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="87"/>
        <source>Pasang kunci kota…</source>
        <translation>Install city key…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="91"/>
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="102"/>
        <source>Belum pernah mengirim data. Berkas pertama memuat semua data ({n} peserta).</source>
        <translation>No data has been sent yet. The first file holds all data (participants: {n}).</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="104"/>
        <source>Pengiriman terakhir: nomor {seq}, {when} UTC. Perubahan belum terkirim: {n} peserta.</source>
        <translation>Last sending: number {seq}, {when} UTC. Participants with unsent changes: {n}.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="109"/>
        <source>🔒 Berkas dienkripsi untuk {city} (sidik kunci {fp}); hanya kantor kota yang dapat membacanya.</source>
        <translation>🔒 The file is encrypted for {city} (key fingerprint {fp}); only the city office can read it.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="114"/>
        <source>⚠ Kunci publik kantor kota belum dipasang: berkas TIDAK dienkripsi dan dapat dibaca siapa pun yang memegangnya. Minta berkas kunci (.pub) dari kantor kota lalu klik &apos;Pasang kunci kota&apos;.</source>
        <translation>⚠ The city office&apos;s public key is not installed: the file is NOT encrypted and anyone who holds it can read it. Ask the city office for its key file (.pub), then click &apos;Install city key&apos;.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="120"/>
        <source>{seq} — {when}, {n} rekaman</source>
        <translation>{seq} — {when}, records: {n}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="130"/>
        <source>Folder tujuan (misalnya flash disk)</source>
        <translation>Destination folder (for example a flash drive)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="136"/>
        <source>Berkas kunci publik kota</source>
        <translation>City public key file</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="137"/>
        <source>Kunci publik kota (*.pub)</source>
        <translation>City public key (*.pub)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="147"/>
        <source>Kunci {city} dipasang (sidik {fp}).</source>
        <translation>Key of {city} installed (fingerprint {fp}).</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="155"/>
        <source>Pilih folder tujuan dulu.</source>
        <translation>Choose a destination folder first.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="161"/>
        <source>Menulis berkas…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="170"/>
        <source>Berkas: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="183"/>
        <source>Terjadi kesalahan tak terduga; lihat log.</source>
        <translation>An unexpected error occurred; see the log.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/export_dialog.py" line="186"/>
        <source>Kirim data</source>
        <translation>Send data</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="27"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="28"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="29"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="30"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="31"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="32"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="33"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="34"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="35"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="36"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="37"/>
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="38"/>
        <source>Tanggal SK</source>
        <translation>Decree (SK) date</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="39"/>
        <source>Mulai bertugas (TMT)</source>
        <translation>Start of duty (TMT)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="40"/>
        <source>Ikut JHT</source>
        <translation>Join JHT (old-age savings)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="41"/>
        <source>Penghasilan dilaporkan</source>
        <translation>Reported income</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="42"/>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="44"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="45"/>
        <source>Tempat, tanggal lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="46"/>
        <source>RT/RW (contoh 003/002)</source>
        <translation>RT/RW (e.g. 003/002)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="47"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="48"/>
        <source>Kode kelurahan</source>
        <translation>Kelurahan code</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/fields.py" line="16"/>
        <source>L — Laki-laki</source>
        <translation>L — Male</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/fields.py" line="17"/>
        <source>P — Perempuan</source>
        <translation>P — Female</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/fields.py" line="18"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/fields.py" line="86"/>
        <source>Contoh: 12-08-1975 atau 12 Agustus 1975</source>
        <translation>For example: 12-08-1975 or 12 Agustus 1975</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/fields.py" line="95"/>
        <source>16 digit sesuai KTP</source>
        <translation>16 digits as on the ID card (KTP)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="54"/>
        <source>Berkas Excel (*.xlsx *.xlsm *.xls *.ods);;Semua berkas (*)</source>
        <translation>Excel files (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="68"/>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="96"/>
        <source>Pilih berkas Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="69"/>
        <source>Berkas .xlsx, .xls atau .ods berisi daftar peserta. Judul laporan di atas tabel dan judul kolom yang digabung (merge) tidak masalah.</source>
        <translation>An .xlsx, .xls or .ods file with a list of participants. A report title above the table and merged column headings are fine.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="72"/>
        <source>Lokasi berkas</source>
        <translation>File location</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="74"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="77"/>
        <source>Tentukan dari berkas (kolom Kategori atau nama lembar)</source>
        <translation>Take it from the file (Kategori column or sheet name)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="82"/>
        <source>Batalkan seluruh impor bila ada satu baris bermasalah (semua atau tidak sama sekali)</source>
        <translation>Cancel the whole import if any row has a problem (all or nothing)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="89"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="90"/>
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="112"/>
        <source>Berkas tidak dapat diimpor</source>
        <translation>The file cannot be imported</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="264"/>
        <source>Riwayat — {name}</source>
        <translation>History — {name}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="269"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/audit_view.py" line="272"/>
        <source>{n} perubahan</source>
        <translation>Changes: {n}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="45"/>
        <source>Terima data dari kelurahan</source>
        <translation>Receive data from kelurahan</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="54"/>
        <source>Pilih berkas .jamsync…</source>
        <translation>Choose .jamsync files…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="56"/>
        <source>Uji coba saja (periksa tanpa menyimpan)</source>
        <translation>Trial run only (check without saving)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="62"/>
        <source>Pilih satu atau beberapa berkas kiriman kelurahan.</source>
        <translation>Choose one or more files sent by kelurahan offices.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="70"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="70"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="70"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="70"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="71"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="71"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="71"/>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="71"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="72"/>
        <source>Lebih lama</source>
        <translation>Older</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="72"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="72"/>
        <source>NIK ganda</source>
        <translation>Duplicate NIK</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="73"/>
        <source>Aktif kel./kota</source>
        <translation>Active kel./city</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="85"/>
        <source>Terima kunci baru…</source>
        <translation>Accept new key…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="89"/>
        <source>Konflik &amp;&amp; NIK ganda</source>
        <translation>Conflicts &amp;&amp; duplicate NIKs</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="92"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="98"/>
        <source>Konflik &amp;&amp; NIK ganda ({n})</source>
        <translation>Conflicts &amp;&amp; duplicate NIKs ({n})</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="102"/>
        <source>Berkas kiriman kelurahan</source>
        <translation>Files sent by kelurahan offices</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="103"/>
        <source>Berkas sinkronisasi (*.jamsync);;Semua berkas (*)</source>
        <translation>Sync files (*.jamsync);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="111"/>
        <source>Memeriksa dan menggabungkan {n} berkas…</source>
        <translation>Checking and merging files ({n})…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="129"/>
        <source>{ok} berkas diterima, {bad} ditolak.</source>
        <translation>Files accepted: {ok}, refused: {bad}.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="131"/>
        <source>UJI COBA — tidak ada yang disimpan. </source>
        <translation>TRIAL RUN — nothing was saved. </translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="137"/>
        <source>Tidak ada catatan: semua jumlah cocok.</source>
        <translation>No remarks: all counts match.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="146"/>
        <source>Terjadi kesalahan tak terduga; lihat log.</source>
        <translation>An unexpected error occurred; see the log.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="155"/>
        <source>Terima kunci baru</source>
        <translation>Accept new key</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="156"/>
        <source>Berkas {name} ditandatangani kunci baru. Terima kunci ini hanya jika kelurahan memang mengganti komputer atau memasang ulang program (pastikan lewat telepon). Terima?</source>
        <translation>File {name} is signed with a new key. Accept this key only if the kelurahan really changed its computer or reinstalled the program (confirm by telephone). Accept?</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/import_dialog.py" line="168"/>
        <source>Kunci baru {name} diterima (sidik {fp}). Impor ulang berkasnya.</source>
        <translation>New key of {name} accepted (fingerprint {fp}). Import the file again.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="336"/>
        <source>Impor Excel</source>
        <translation>Excel import</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="341"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="341"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="342"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="342"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="343"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>IssuesDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="53"/>
        <source>Konflik dan NIK ganda dari sinkronisasi</source>
        <translation>Conflicts and duplicate NIKs from synchronisation</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="59"/>
        <source>Tampilkan yang sudah selesai</source>
        <translation>Show resolved ones</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="62"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="62"/>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="147"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="62"/>
        <source>Peserta / NIK</source>
        <translation>Participant / NIK</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="63"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="63"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="69"/>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="137"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="69"/>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="137"/>
        <source>Versi kelurahan (berkas)</source>
        <translation>Kelurahan version (file)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="70"/>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="138"/>
        <source>Versi kota (sekarang)</source>
        <translation>City version (current)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="75"/>
        <source>Catatan keputusan:</source>
        <translation>Decision note:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="77"/>
        <source>misalnya: sudah dikonfirmasi lewat telepon dengan kelurahan</source>
        <translation>for example: confirmed with the kelurahan by telephone</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="82"/>
        <source>Pakai versi kelurahan</source>
        <translation>Use the kelurahan version</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="83"/>
        <source>Pertahankan versi kota</source>
        <translation>Keep the city version</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="84"/>
        <source>Pertahankan yang dipilih, arsipkan lainnya</source>
        <translation>Keep the selected one, archive the others</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="85"/>
        <source>Kembalikan ke kelurahan</source>
        <translation>Send back to the kelurahan</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="95"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="129"/>
        <source>Tidak ada konflik atau NIK ganda yang menunggu keputusan.</source>
        <translation>No conflicts or duplicate NIKs are waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="133"/>
        <source>{name}: versi dari berkas kelurahan dan versi di kota (baris tebal berbeda).</source>
        <translation>{name}: the version from the kelurahan file and the city&apos;s version (rows in bold differ).</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="140"/>
        <source>NIK {nik} terdaftar lebih dari sekali. Pilih pendaftaran yang dipertahankan; yang lain diarsipkan.</source>
        <translation>NIK {nik} is registered more than once. Choose the registration to keep; the others are archived.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="145"/>
        <source> (diarsipkan)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="147"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="147"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="147"/>
        <source>Kategori / status</source>
        <translation>Category / status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/issues_dialog.py" line="155"/>
        <source>Terjadi kesalahan tak terduga; lihat log.</source>
        <translation>An unexpected error occurred; see the log.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="61"/>
        <source>Daftar nominatif peserta</source>
        <translation>Participant roster</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="62"/>
        <source>Tanda terima kartu peserta</source>
        <translation>Membership card receipt</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="63"/>
        <source>Rekapitulasi peserta dan iuran</source>
        <translation>Summary of participants and contributions</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="64"/>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="65"/>
        <source>Sudah pernah diterima</source>
        <translation>Already received</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="66"/>
        <source>Uji coba (tidak disimpan)</source>
        <translation>Trial run (not saved)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="67"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="68"/>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="69"/>
        <source>NIK ganda</source>
        <translation>Duplicate NIK</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="70"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="71"/>
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="72"/>
        <source>Versi kelurahan dipakai</source>
        <translation>Kelurahan version used</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="73"/>
        <source>Versi kota dipertahankan</source>
        <translation>City version kept</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="74"/>
        <source>Satu pendaftaran dipertahankan, lainnya diarsipkan</source>
        <translation>One registration kept, the others archived</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="75"/>
        <source>Dikembalikan ke kelurahan</source>
        <translation>Sent back to the kelurahan</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="76"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="77"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="78"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="80"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="81"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="82"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="83"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="84"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="85"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="86"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="87"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="88"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="89"/>
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="90"/>
        <source>Tanggal SK</source>
        <translation>Decree (SK) date</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="91"/>
        <source>TMT</source>
        <translation>Start of duty (TMT)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="92"/>
        <source>Ikut JHT</source>
        <translation>Join JHT (old-age savings)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="93"/>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="94"/>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="95"/>
        <source>Data kategori</source>
        <translation>Category data</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="96"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="97"/>
        <source>Diubah (UTC)</source>
        <translation>Changed (UTC)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/language_dialog.py" line="41"/>
        <source>Bahasa tampilan</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/language_dialog.py" line="49"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/language_dialog.py" line="50"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/language_dialog.py" line="54"/>
        <source>Bahasa tampilan:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/language_dialog.py" line="79"/>
        <source>Bahasa / &amp;Language…</source>
        <translation>&amp;Language / Bahasa…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="103"/>
        <source>Masuk — Jamsostek Desktop</source>
        <translation>Sign in — Jamsostek Desktop</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="103"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="109"/>
        <source>Masuk untuk bekerja pada data {place}.</source>
        <translation>Sign in to work on the data of {place}.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="114"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="115"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="46"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="47"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="48"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="49"/>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="50"/>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="51"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="78"/>
        <source>Alat utama</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="203"/>
        <source>&amp;Tambah peserta…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="205"/>
        <source>&amp;Ubah peserta…</source>
        <translation>&amp;Edit participant…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="207"/>
        <source>Ubah &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="209"/>
        <source>&amp;Arsipkan…</source>
        <translation>A&amp;rchive…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="212"/>
        <source>&amp;Pulihkan dari arsip…</source>
        <translation>Rest&amp;ore from archive…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="215"/>
        <source>&amp;Cari…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="216"/>
        <source>&amp;Dasbor</source>
        <translation>Das&amp;hboard</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="217"/>
        <source>&amp;Muat ulang</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="219"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Tentang</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="234"/>
        <source>{n} peserta</source>
        <translation>Participants: {n}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="236"/>
        <source> · {n} dipilih</source>
        <translation> · selected: {n}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="295"/>
        <source>Tentang {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/main_window.py" line="296"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; versi {version}&lt;br&gt;&lt;br&gt;Pendataan pekerja rentan non-ASN untuk kepesertaan BPJS Ketenagakerjaan yang iurannya dibayar APBD.&lt;br&gt;Bekerja tanpa jaringan; data tersimpan di komputer ini.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; version {version}&lt;br&gt;&lt;br&gt;Registration of vulnerable non-civil-servant workers in BPJS Ketenagakerjaan, with contributions paid from the regional budget (APBD).&lt;br&gt;Works without a network; the data stays on this computer.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="127"/>
        <source>Cocokkan kolom</source>
        <translation>Match columns</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="128"/>
        <source>Periksa isi setiap kolom. Kolom yang tidak diperlukan pilih &apos;(abaikan)&apos;. Pilihan ini diingat untuk berkas berikutnya dengan judul kolom yang sama.</source>
        <translation>Check the content of every column. For columns that are not needed choose &apos;(ignore)&apos;. These choices are remembered for the next file with the same column headings.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="148"/>
        <source>&lt;b&gt;{column}&lt;/b&gt;&lt;br&gt;&lt;small&gt;contoh: {samples}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{column}&lt;/b&gt;&lt;br&gt;&lt;small&gt;example: {samples}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="165"/>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="168"/>
        <source>Pencocokan kolom</source>
        <translation>Column matching</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="169"/>
        <source>Tentukan kolom NIK dan kolom Nama lengkap: </source>
        <translation>Choose the NIK column and the full-name column: </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="42"/>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="45"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="50"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="53"/>
        <source>Navigasi kategori</source>
        <translation>Category navigation</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="77"/>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="161"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="78"/>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="163"/>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="174"/>
        <source>Semua peserta</source>
        <translation>All participants</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="86"/>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="159"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="95"/>
        <source>Semua wilayah</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="98"/>
        <source>Kec. {name}</source>
        <translation>Kec. {name}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="198"/>
        <source>Semua peserta ({n})</source>
        <translation>All participants ({n})</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/navigator.py" line="199"/>
        <source>Arsip ({n})</source>
        <translation>Archive ({n})</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="40"/>
        <source>Selamat datang di {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="41"/>
        <source>Program ini dipasang di kantor mana?</source>
        <translation>Which office is this program installed in?</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="42"/>
        <source>Kantor kelurahan — mendata peserta dari warga kelurahan</source>
        <translation>Kelurahan office — registers participants among the kelurahan&apos;s residents</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="44"/>
        <source>Kantor kota/kabupaten — menggabungkan data semua kelurahan</source>
        <translation>City/regency office — merges the data of every kelurahan</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="47"/>
        <source>Pilihan ini menentukan isian profil berikutnya. Profil dapat diubah kemudian oleh administrator.</source>
        <translation>This choice decides the profile fields on the next page. An administrator can change the profile later.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="73"/>
        <source>{action} — {category}</source>
        <translation>{action} — {category}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="74"/>
        <source>Ubah peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="74"/>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="89"/>
        <source>* wajib diisi untuk menyimpan draf   † wajib sebelum verifikasi</source>
        <translation>* required to save a draft   † required before verification</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="93"/>
        <source>Identitas (sesuai KTP)</source>
        <translation>Identity (as on the ID card)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="95"/>
        <source>Penugasan dan kepesertaan</source>
        <translation>Assignment and membership</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="109"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="111"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="114"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="116"/>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="150"/>
        <source>Data {name}</source>
        <translation>{name} details</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="245"/>
        <source>Diisi dari NIK.</source>
        <translation>Filled in from the NIK.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="267"/>
        <source>Belum dapat disimpan; periksa: {fields}.</source>
        <translation>Cannot be saved yet; check: {fields}.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="272"/>
        <source>Dapat disimpan sebagai draf. Untuk verifikasi masih perlu: {fields}.</source>
        <translation>Can be saved as a draft. Verification still needs: {fields}.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="275"/>
        <source>Data lengkap untuk verifikasi.</source>
        <translation>Complete for verification.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="322"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="323"/>
        <source>Periksa dulu:
{warnings}

Tetap simpan?</source>
        <translation>Please check first:
{warnings}

Save anyway?</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="324"/>
        <source>Tetap simpan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="324"/>
        <source>Periksa lagi</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="328"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="346"/>
        <source>Batalkan isian</source>
        <translation>Discard entry</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="347"/>
        <source>Data yang sudah diketik belum disimpan. Buang isian ini?</source>
        <translation>What you typed has not been saved. Discard this entry?</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="348"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/form.py" line="348"/>
        <source>Lanjut mengisi</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="76"/>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="77"/>
        <source>Cari NIK, nama, atau RT/RW (contoh 3/2) …</source>
        <translation>Search NIK, name, or RT/RW (e.g. 3/2) …</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="81"/>
        <source>Saring RT</source>
        <translation>Filter RT</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="82"/>
        <source>Saring RW</source>
        <translation>Filter RW</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="83"/>
        <source>Saring status</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="85"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="91"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="91"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="102"/>
        <source>Daftar peserta</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="167"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="214"/>
        <source>{title} · {count} peserta</source>
        <translation>{title} · {count}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="219"/>
        <source>Tidak ada peserta yang cocok dengan pencarian atau saringan.</source>
        <translation>No participant matches the search or the filters.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="221"/>
        <source>Arsip kosong.</source>
        <translation>The archive is empty.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/view.py" line="223"/>
        <source>Belum ada peserta di sini. Tekan Ctrl+N untuk menambah.</source>
        <translation>No participants here yet. Press Ctrl+N to add one.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="32"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="33"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="34"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="35"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="36"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="37"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="38"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="40"/>
        <source>Masih kurang</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="195"/>
        <source>Yang masih harus dilengkapi sebelum verifikasi</source>
        <translation>What must still be completed before verification</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="223"/>
        <source>Belum diisi: {fields}</source>
        <translation>Not filled in: {fields}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="225"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/participants/model.py" line="227"/>
        <source>Diarsipkan: {reason}</source>
        <translation>Archived: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="93"/>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="306"/>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="358"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="115"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="117"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="120"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="127"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="128"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="130"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="132"/>
        <source>Wilayah RW/RT</source>
        <translation>RW/RT area</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="134"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="140"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="141"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="143"/>
        <source>Tegak</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="144"/>
        <source>Melintang</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="147"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="149"/>
        <source>bawaan: Keadaan per tanggal cetak</source>
        <translation>default: as of the printing date</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="150"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="155"/>
        <source>Tanggal tanda tangan</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="157"/>
        <source>Penanda tangan (kanan)</source>
        <translation>Signatory (right)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="158"/>
        <source>&quot;Mengetahui,&quot; (kiri)</source>
        <translation>&quot;Mengetahui,&quot; (acknowledged by, left)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="170"/>
        <source>Tekan Pratinjau untuk melihat dokumen.</source>
        <translation>Press Preview to see the document.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="184"/>
        <source>&amp;Pratinjau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="185"/>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="186"/>
        <source>&amp;Buka di penampil PDF</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="187"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="203"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="205"/>
        <source>Kelompok: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="209"/>
        <source>Seluruh kota</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="211"/>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="289"/>
        <source>%1 halaman, %2 peserta</source>
        <translation>Pages: %1, participants: %2</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="304"/>
        <source>Dokumen gagal dibuat karena kesalahan program. Rinciannya tercatat di log.</source>
        <translation>The document could not be made because of a program error. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="312"/>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="331"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="332"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="343"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="359"/>
        <source>Tidak ada penampil PDF yang terpasang. Simpan berkasnya lalu buka dengan program lain.</source>
        <translation>No PDF viewer is installed. Save the file, then open it with another program.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/problem_model.py" line="9"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/problem_model.py" line="9"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/problem_model.py" line="10"/>
        <source>Kolom di berkas</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/problem_model.py" line="10"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/problem_model.py" line="11"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/problem_model.py" line="11"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/problem_model.py" line="44"/>
        <source>Galat</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/problem_model.py" line="45"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="66"/>
        <source>Kode wilayah kelurahan</source>
        <translation>Kelurahan region code</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="67"/>
        <source>Kode kota/kabupaten</source>
        <translation>City/regency code</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="68"/>
        <source>Nama kelurahan</source>
        <translation>Kelurahan name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="69"/>
        <source>Nama kecamatan</source>
        <translation>Kecamatan name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="70"/>
        <source>Kota/kabupaten</source>
        <translation>City/regency</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="71"/>
        <source>Nama kota/kabupaten</source>
        <translation>City/regency name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="72"/>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="73"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="74"/>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="75"/>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="76"/>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="77"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="78"/>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="79"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="80"/>
        <source>Nama Lurah</source>
        <translation>Name of the Lurah</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="81"/>
        <source>Nama pejabat penandatangan</source>
        <translation>Name of the signing officer</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="82"/>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="83"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="84"/>
        <source>NIP Lurah</source>
        <translation>NIP of the Lurah</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="85"/>
        <source>NIP pejabat</source>
        <translation>NIP of the officer</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="88"/>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="110"/>
        <source>Pilih berkas logo…</source>
        <translation>Choose logo file…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="112"/>
        <source>Logo daerah</source>
        <translation>Regional logo</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="114"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="122"/>
        <source>Logo daerah (kop surat):</source>
        <translation>Regional logo (letterhead):</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="135"/>
        <source>Profil kantor kota/kabupaten</source>
        <translation>City/regency office profile</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="135"/>
        <source>Profil kelurahan</source>
        <translation>Kelurahan profile</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="136"/>
        <source>Dipakai di kop surat, tanda tangan dan berkas sinkronisasi. Kode wilayah sesuai Kemendagri.</source>
        <translation>Used in the letterhead, signatures and sync files. Region code as issued by the Ministry of Home Affairs (Kemendagri).</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="155"/>
        <source>Berkas logo harus gambar PNG atau JPEG, paling besar 2 MB.</source>
        <translation>The logo must be a PNG or JPEG image of at most 2 MB.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="162"/>
        <source>Pilih logo daerah</source>
        <translation>Choose the regional logo</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="163"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="169"/>
        <source>Berkas tidak dapat dibaca: {e}</source>
        <translation>The file cannot be read: {e}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="54"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="55"/>
        <source>Tulis alasannya …</source>
        <translation>Write the reason …</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="55"/>
        <source>Boleh dikosongkan</source>
        <translation>May be left empty</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="57"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="59"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="65"/>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="27"/>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="50"/>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="28"/>
        <source>Kategori peserta:</source>
        <translation>Participant category:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="31"/>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="32"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="51"/>
        <source>Pilih dulu kelurahan di pohon wilayah untuk menambah peserta.</source>
        <translation>First choose a kelurahan in the area tree to add a participant.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="63"/>
        <source>Peserta baru tersimpan sebagai draf.</source>
        <translation>New participant saved as a draft.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="73"/>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="76"/>
        <source>Ubah peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="77"/>
        <source>Peserta ini ada di arsip; pulihkan dulu sebelum mengubah.</source>
        <translation>This participant is in the archive; restore it before editing.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="80"/>
        <source>Perubahan tersimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="92"/>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="105"/>
        <source>Arsipkan peserta</source>
        <translation>Archive participants</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="93"/>
        <source>Arsipkan {n} peserta terpilih? Data tidak dihapus; peserta pindah ke Arsip dan dapat dipulihkan.</source>
        <translation>Archive the selected participants ({n})? Nothing is deleted; they move to the Archive and can be restored.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="95"/>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="106"/>
        <source>{n} peserta diarsipkan.</source>
        <translation>Participants archived: {n}.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="115"/>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="127"/>
        <source>Pulihkan peserta</source>
        <translation>Restore participants</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="116"/>
        <source>Pulihkan {n} peserta terpilih dari arsip?</source>
        <translation>Restore the selected participants ({n}) from the archive?</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="117"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="128"/>
        <source>{n} peserta dipulihkan.</source>
        <translation>Participants restored: {n}.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="148"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/record_actions.py" line="149"/>
        <source>Status {n} peserta menjadi {status}.</source>
        <translation>Status changed to {status} (participants: {n}).</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="193"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="194"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="197"/>
        <source>Kata sandi baru untuk {user}. Pengguna diminta menggantinya saat masuk berikutnya.</source>
        <translation>New password for {user}. The user will be asked to change it at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="202"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="203"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="207"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="46"/>
        <source>Otomatis / manual</source>
        <translation>Automatic / manual</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="47"/>
        <source>Sebelum pemulihan</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="48"/>
        <source>Basis data rusak</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="153"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="156"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="156"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="156"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="157"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="177"/>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="181"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="185"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="194"/>
        <source>Pilih cadangan yang akan dipulihkan. Data saat ini disimpan lebih dulu sebagai cadangan &quot;Sebelum pemulihan&quot;, sehingga pemulihan dapat dibatalkan.</source>
        <translation>Choose the backup to restore. The current data is first saved as a &quot;Before restore&quot; backup, so the restore can be undone.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="207"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="208"/>
        <source>Basis data Jamsostek (*.sqlite3 *.db);;Semua berkas (*)</source>
        <translation>Jamsostek databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/backup_ui.py" line="223"/>
        <source>Ganti data saat ini dengan cadangan {name} ({n} peserta)?

Data saat ini disimpan lebih dulu sebagai cadangan.</source>
        <translation>Replace the current data with backup {name} (participants: {n})?

The current data is saved as a backup first.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="317"/>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="318"/>
        <source>Data sudah tersimpan.</source>
        <translation>The data has been saved.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/import_wizard.py" line="329"/>
        <source>Peserta yang diimpor berstatus draf; periksa dan verifikasi seperti data yang diketik.</source>
        <translation>Imported participants are drafts; check and verify them like typed-in data.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="52"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="53"/>
        <source>Verifikator</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="54"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="237"/>
        <source>Penyiapan awal — {app}</source>
        <translation>Initial setup — {app}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="240"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="240"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="241"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="241"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/wizard.py" line="267"/>
        <source>Penyiapan awal</source>
        <translation>Initial setup</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="70"/>
        <source>contoh: CAMAT METRO TIMUR</source>
        <translation>e.g. CAMAT METRO TIMUR</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="71"/>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="72"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="73"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="74"/>
        <source>Pangkat/Gol.</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/dialog.py" line="75"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/startup.py" line="59"/>
        <source>Basis data {path} rusak dan tidak ada cadangan yang baik.

{detail}

Berkas tidak dibuka agar tidak makin rusak. Hubungi petugas TI kota.</source>
        <translation>The database {path} is damaged and there is no good backup.

{detail}

The file was not opened, so that it is not damaged further. Contact the city&apos;s IT officer.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/startup.py" line="64"/>
        <source>Basis data rusak dan tidak dapat dibuka dengan aman.

{detail}

Cadangan terbaru yang baik: {when}.
Pulihkan dari cadangan ini? Berkas yang rusak disimpan di folder cadangan.</source>
        <translation>The database is damaged and cannot be opened safely.

{detail}

Latest good backup: {when}.
Restore from this backup? The damaged file is kept in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/startup.py" line="75"/>
        <source>Data dipulihkan dari cadangan {when}. Perubahan setelah waktu itu perlu dimasukkan lagi.</source>
        <translation>Data restored from the backup of {when}. Changes made after that time must be entered again.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="18"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="19"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="20"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="21"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="22"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/domain_texts.py" line="23"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="85"/>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="108"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="87"/>
        <source>Ubah status {count} peserta terpilih.</source>
        <translation>Change the status of the selected participants ({count}).</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="91"/>
        <source>Status baru</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="103"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="110"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="117"/>
        <source>Status baru:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="118"/>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="131"/>
        <source>Wajib diisi</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="131"/>
        <source>Boleh dikosongkan</source>
        <translation>May be left empty</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="132"/>
        <source>Perubahan ke status ini memerlukan alasan.</source>
        <translation>Changing to this status needs a reason.</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="140"/>
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="142"/>
        <source>Buat akun Administrator</source>
        <translation>Create the Administrator account</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="144"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="145"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="152"/>
        <source>Belum ada akun pengguna. Buat akun Administrator lebih dulu: akun ini mengelola pengguna lain, profil, kategori, tarif dan pemulihan cadangan.</source>
        <translation>There are no user accounts yet. Create the Administrator account first: it manages the other users, the profile, categories, rates and backup restores.</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="166"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="167"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="168"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="172"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="173"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="175"/>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="184"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="88"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="101"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="102"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="103"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="105"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="106"/>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="139"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="108"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="139"/>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="168"/>
        <source>Kata sandi {user} sudah diganti.</source>
        <translation>The password of {user} has been changed.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="34"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="34"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="35"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="36"/>
        <source>Masuk terakhir</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="61"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="63"/>
        <source>Terkunci sampai {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/users_dialog.py" line="64"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/accounts/dialogs.py" line="64"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="29"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/dialogs/ask.py" line="30"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/menu.py" line="39"/>
        <source>&amp;Impor Excel…</source>
        <translation>&amp;Import Excel…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/excel/menu.py" line="41"/>
        <source>&amp;Ekspor Excel…</source>
        <translation>E&amp;xport Excel…</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/menu.py" line="33"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/menu.py" line="41"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/menu.py" line="44"/>
        <source>&amp;Daftar nominatif…</source>
        <translation>Participant &amp;roster…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/menu.py" line="46"/>
        <source>&amp;Tanda terima kartu…</source>
        <translation>Card &amp;receipt list…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/printing/menu.py" line="48"/>
        <source>&amp;Rekapitulasi…</source>
        <translation>&amp;Summary…</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/menu.py" line="53"/>
        <source>&amp;Terima data…</source>
        <translation>&amp;Receive data…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/menu.py" line="55"/>
        <source>&amp;Konflik &amp;&amp; NIK ganda…</source>
        <translation>&amp;Conflicts &amp;&amp; duplicate NIKs…</translation>
    </message>
    <message>
        <location filename="../../jamsostek_desktop/ui/sync/menu.py" line="58"/>
        <source>&amp;Kirim data…</source>
        <translation>&amp;Send data…</translation>
    </message>
</context>
</TS>
