<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AccountsMenu</name>
    <message>
        <source>Ganti &amp;kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Ganti &amp;pengguna…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <source>&amp;Riwayat peserta…</source>
        <translation>Participant &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Pengguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Log audit…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Pulihkan dari ca&amp;dangan…</source>
        <translation>Restore from bac&amp;kup…</translation>
    </message>
    <message>
        <source>Hanya Administrator yang dapat memulihkan cadangan.</source>
        <translation>Only an Administrator can restore a backup.</translation>
    </message>
    <message>
        <source>Folder cadangan &amp;kedua…</source>
        <translation>&amp;Second backup folder…</translation>
    </message>
    <message>
        <source>P&amp;eriksa basis data</source>
        <translation>Ch&amp;eck database</translation>
    </message>
    <message>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>Sistem (belum ada akun)</source>
        <translation>System (no accounts yet)</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Belum ada pengguna yang masuk.</source>
        <translation>No user is signed in.</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Riwayat peserta</source>
        <translation>Participant history</translation>
    </message>
    <message>
        <source>Pilih satu peserta dalam daftar dulu.</source>
        <translation>Select one participant in the list first.</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Data dipulihkan dari {name}.
Data sebelumnya disimpan sebagai {kept}.

Silakan masuk lagi.</source>
        <translation>Data restored from {name}.
The previous data was kept as {kept}.

Please sign in again.</translation>
    </message>
    <message>
        <source>Memulihkan data dari cadangan…</source>
        <translation>Restoring the data from the backup…</translation>
    </message>
    <message>
        <source>Periksa basis data</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>Memeriksa basis data…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Basis data baik (integrity_check, foreign key, versi skema {v}).

{counts}</source>
        <translation>The database is sound (integrity_check, foreign keys, schema version {v}).

{counts}</translation>
    </message>
    <message>
        <source>Basis data bermasalah:
{problems}

Pulihkan dari cadangan terbaru yang baik.</source>
        <translation>The database has problems:
{problems}

Restore it from the latest good backup.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cari kolom, nilai, alasan…</source>
        <translation>Search fields, values, reasons…</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{n} entri</source>
        <translation>Entries: {n}</translation>
    </message>
    <message>
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor log audit…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <source>{n} entri diekspor ke {path}.</source>
        <translation>Entries exported to {path}: {n}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nilai lama</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Nilai baru</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>sistem</source>
        <translation>system</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Cadangan dibuat:
{path}</source>
        <translation>Backup made:
{path}</translation>
    </message>
    <message>
        <source>Folder cadangan kedua (mis. flash drive)</source>
        <translation>Second backup folder (e.g. a flash drive)</translation>
    </message>
    <message>
        <source>Folder cadangan kedua</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>Setiap cadangan juga disalin ke:
{path}</source>
        <translation>Every backup is also copied to:
{path}</translation>
    </message>
    <message>
        <source>Berhenti menyalin cadangan ke {path}?</source>
        <translation>Stop copying backups to {path}?</translation>
    </message>
</context>
<context>
    <name>BackupNotifier</name>
    <message>
        <source>Cadangan otomatis dibuat: {name}</source>
        <translation>Automatic backup made: {name}</translation>
    </message>
    <message>
        <source>Cadangan otomatis gagal: {message}</source>
        <translation>Automatic backup failed: {message}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kata sandi Anda diatur ulang oleh administrator. Buat kata sandi baru sebelum melanjutkan.</source>
        <translation>An administrator has reset your password. Choose a new password before you continue.</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Riwayat — {name}</source>
        <translation>History — {name}</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{n} perubahan</source>
        <translation>Changes: {n}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — Jamsostek Desktop</source>
        <translation>Sign in — Jamsostek Desktop</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Masuk untuk bekerja pada data {place}.</source>
        <translation>Sign in to work on the data of {place}.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {user}. Pengguna diminta menggantinya saat masuk berikutnya.</source>
        <translation>New password for {user}. The user will be asked to change it at the next sign-in.</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Otomatis / manual</source>
        <translation>Automatic / manual</translation>
    </message>
    <message>
        <source>Sebelum pemulihan</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Basis data rusak</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih cadangan yang akan dipulihkan. Data saat ini disimpan lebih dulu sebagai cadangan &quot;Sebelum pemulihan&quot;, sehingga pemulihan dapat dibatalkan.</source>
        <translation>Choose the backup to restore. The current data is first saved as a &quot;Before restore&quot; backup, so the restore can be undone.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Basis data Jamsostek (*.sqlite3 *.db);;Semua berkas (*)</source>
        <translation>Jamsostek databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa cadangan…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Ganti data saat ini dengan cadangan {name} ({n} peserta)?

Data saat ini disimpan lebih dulu sebagai cadangan.</source>
        <translation>Replace the current data with backup {name} (participants: {n})?

The current data is saved as a backup first.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Basis data {path} rusak dan tidak ada cadangan yang baik.

{detail}

Berkas tidak dibuka agar tidak makin rusak. Hubungi petugas TI kota.</source>
        <translation>The database {path} is damaged and there is no good backup.

{detail}

The file was not opened, so that it is not damaged further. Contact the city&apos;s IT officer.</translation>
    </message>
    <message>
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
        <source>Memulihkan data dari cadangan…</source>
        <translation>Restoring the data from the backup…</translation>
    </message>
    <message>
        <source>Data dipulihkan dari cadangan {when}. Perubahan setelah waktu itu perlu dimasukkan lagi.</source>
        <translation>Data restored from the backup of {when}. Changes made after that time must be entered again.</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Buat akun Administrator</source>
        <translation>Create the Administrator account</translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Belum ada akun pengguna. Buat akun Administrator lebih dulu: akun ini mengelola pengguna lain, profil, kategori, tarif dan pemulihan cadangan.</source>
        <translation>There are no user accounts yet. Create the Administrator account first: it manages the other users, the profile, categories, rates and backup restores.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Kata sandi {user} sudah diganti.</source>
        <translation>The password of {user} has been changed.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Masuk terakhir</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Terkunci sampai {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Profil kelurahan</source>
        <translation>Kelurahan profile</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tarif iuran</source>
        <translation>Contribution rates</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Konflik sinkronisasi</source>
        <translation>Sync conflict</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Data penduduk</source>
        <translation>Resident register</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Masa jabatan</source>
        <translation>Term of office</translation>
    </message>
    <message>
        <source>Bulan cakupan</source>
        <translation>Covered months</translation>
    </message>
    <message>
        <source>Penggantian pejabat</source>
        <translation>Post holder replacement</translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Klaim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Pulihkan dari arsip</source>
        <translation>Restore from archive</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Akun terkunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Buka kunci akun</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Gabung sinkronisasi</source>
        <translation>Sync merge</translation>
    </message>
    <message>
        <source>Kirim data</source>
        <translation>Send data</translation>
    </message>
    <message>
        <source>Kirim ulang</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Keputusan konflik</source>
        <translation>Conflict decision</translation>
    </message>
    <message>
        <source>Terima kunci baru</source>
        <translation>Accept new key</translation>
    </message>
    <message>
        <source>Buat kunci kota</source>
        <translation>Make city key</translation>
    </message>
    <message>
        <source>Segel baru</source>
        <translation>New seal</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Data tambahan</source>
        <translation>Extra data</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Terkunci sampai</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Jenis SK</source>
        <translation>SK kind</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>SK number</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>SK date</translation>
    </message>
    <message>
        <source>TMT mulai</source>
        <translation>TMT start</translation>
    </message>
    <message>
        <source>TMT berakhir</source>
        <translation>TMT end</translation>
    </message>
    <message>
        <source>Tanggal berhenti</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <source>Bulan pertama dibayar</source>
        <translation>First month paid</translation>
    </message>
    <message>
        <source>Bulan terakhir dibayar</source>
        <translation>Last month paid</translation>
    </message>
    <message>
        <source>Jumlah pemegang</source>
        <translation>Number of holders</translation>
    </message>
    <message>
        <source>Pemegang baru</source>
        <translation>New holder</translation>
    </message>
    <message>
        <source>{records} rekaman, {tombstones} tombstone</source>
        <translation>{records} records, {tombstones} tombstones</translation>
    </message>
    <message>
        <source>baru {added}, diperbarui {updated}, diarsipkan {archived}, konflik {conflicts}, NIK ganda {duplicates}</source>
        <translation>new {added}, updated {updated}, archived {archived}, conflicts {conflicts}, duplicate NIKs {duplicates}</translation>
    </message>
    <message>
        <source>Impor Excel: {file}</source>
        <translation>Excel import: {file}</translation>
    </message>
    <message>
        <source>sebelumnya disimpan sebagai {name}</source>
        <translation>previous data kept as {name}</translation>
    </message>
    <message>
        <source>dari berkas sinkronisasi</source>
        <translation>from a sync file</translation>
    </message>
    <message>
        <source>penyelesaian konflik sinkronisasi</source>
        <translation>sync conflict resolution</translation>
    </message>
    <message>
        <source>NIK ganda; dipertahankan pendaftaran {where}</source>
        <translation>duplicate NIK; kept the enrolment {where}</translation>
    </message>
    <message>
        <source>NIK ganda; dipertahankan pendaftaran {where}. {note}</source>
        <translation>duplicate NIK; kept the enrolment {where}. {note}</translation>
    </message>
    <message>
        <source>Data wajib verifikasi berubah</source>
        <translation>Data needed for verification changed</translation>
    </message>
    <message>
        <source>baru {added}, diperbarui {updated}, tetap {unchanged}, keluar {left}, kembali {returned}</source>
        <translation>new {added}, updated {updated}, unchanged {unchanged}, left {left}, returned {returned}</translation>
    </message>
    <message>
        <source>SK masa jabatan</source>
        <translation>SK of the term of office</translation>
    </message>
    <message>
        <source>{terms} masa jabatan pertama, {posts} jabatan baru</source>
        <translation>{terms} first terms, {posts} new posts</translation>
    </message>
    <message>
        <source>Peserta tidak ditemukan.</source>
        <translation>Participant not found.</translation>
    </message>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>seal</name>
    <message>
        <source>Berkas kunci segel</source>
        <translation>Seal key file</translation>
    </message>
    <message>
        <source>kunci segel {old} tidak ada di komputer ini</source>
        <translation>seal key {old} is not on this computer</translation>
    </message>
    <message>
        <source>segel dimulai</source>
        <translation>seal started</translation>
    </message>
</context>
<context>
    <name>seal_check</name>
    <message>
        <source>peserta</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>pengguna</source>
        <translation>user</translation>
    </message>
    <message>
        <source>... dan {n} temuan lain.</source>
        <translation>... and {n} more findings.</translation>
    </message>
    <message>
        <source>Segel belum dimulai: basis data ini belum dibuka oleh versi program yang menyegel log audit.</source>
        <translation>No seal yet: this database has not been opened by a program version that seals the audit log.</translation>
    </message>
    <message>
        <source>log audit: catatan kunci segel tidak sama dengan log audit (diubah di luar program)</source>
        <translation>audit log: the seal key record does not match the audit log (changed outside the program)</translation>
    </message>
    <message>
        <source>Segel dimulai ulang pada entri #{id} ({when} UTC): {reason}.</source>
        <translation>Seal started again at entry #{id} ({when} UTC): {reason}.</translation>
    </message>
    <message>
        <source>Kunci segel basis data ini ({file}) tidak ada di folder kunci komputer ini: log audit dan data tidak dapat diperiksa terhadap perubahan di luar program. Salin folder kunci dari komputer asal, atau biarkan program memulai segel baru pada perubahan berikutnya.</source>
        <translation>This database&apos;s seal key ({file}) is not in this computer&apos;s keys folder: the audit log and the data cannot be checked for changes made outside the program. Copy the keys folder from the original computer, or let the program start a new seal at the next change.</translation>
    </message>
    <message>
        <source>log audit: entri #{first}–#{last} dihapus di luar program</source>
        <translation>audit log: entries #{first}–#{last} deleted outside the program</translation>
    </message>
    <message>
        <source>log audit: entri #{first} dihapus di luar program</source>
        <translation>audit log: entry #{first} deleted outside the program</translation>
    </message>
    <message>
        <source>log audit: entri #{id} disisipkan di luar program (tanpa segel)</source>
        <translation>audit log: entry #{id} inserted outside the program (unsealed)</translation>
    </message>
    <message>
        <source>log audit: entri #{id} disisipkan di luar program</source>
        <translation>audit log: entry #{id} inserted outside the program</translation>
    </message>
    <message>
        <source>log audit: entri #{id} ({action}, {record}) diubah di luar program</source>
        <translation>audit log: entry #{id} ({action}, {record}) changed outside the program</translation>
    </message>
    <message>
        <source>{n} entri log audit lebih tua dari segelnya (dibuat sebelum versi ini) dan tidak diperiksa.</source>
        <translation>{n} audit log entries are older than the seal (made before this version) and were not checked.</translation>
    </message>
    <message>
        <source>{n} entri log audit disegel dengan kunci lama yang tidak ada di komputer ini dan tidak diperiksa.</source>
        <translation>{n} audit log entries were sealed with an old key that is not on this computer and were not checked.</translation>
    </message>
    <message>
        <source>log audit: catatan ujung rantai hilang atau diubah di luar program</source>
        <translation>audit log: the record of the chain&apos;s end is missing or was changed outside the program</translation>
    </message>
    <message>
        <source>log audit: catatan ujung rantai diubah di luar program</source>
        <translation>audit log: the record of the chain&apos;s end was changed outside the program</translation>
    </message>
    <message>
        <source>log audit: entri terakhir (sampai #{id}) dihapus di luar program</source>
        <translation>audit log: the last entries (up to #{id}) deleted outside the program</translation>
    </message>
    <message>
        <source>log audit: entri terakhir #{id} diganti di luar program</source>
        <translation>audit log: the last entry #{id} replaced outside the program</translation>
    </message>
    <message>
        <source>{table} {name}: ditambahkan di luar program</source>
        <translation>{table} {name}: added outside the program</translation>
    </message>
    <message>
        <source>{table} {name}: diubah di luar program</source>
        <translation>{table} {name}: changed outside the program</translation>
    </message>
    <message>
        <source>{table} nomor {id}: dihapus di luar program</source>
        <translation>{table} number {id}: deleted outside the program</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verifikator</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>melihat data peserta dan pengguna</source>
        <translation>view participant and user data</translation>
    </message>
    <message>
        <source>mengubah data peserta</source>
        <translation>edit participant data</translation>
    </message>
    <message>
        <source>memverifikasi dan mengajukan peserta</source>
        <translation>verify and submit participants</translation>
    </message>
    <message>
        <source>mengarsipkan peserta</source>
        <translation>archive participants</translation>
    </message>
    <message>
        <source>mengubah profil kelurahan</source>
        <translation>edit the kelurahan profile</translation>
    </message>
    <message>
        <source>mengubah katalog kategori</source>
        <translation>edit the category catalogue</translation>
    </message>
    <message>
        <source>mengubah tarif iuran</source>
        <translation>edit the contribution rates</translation>
    </message>
    <message>
        <source>mengelola pengguna</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>memulihkan cadangan</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>menerima data sinkronisasi</source>
        <translation>receive sync data</translation>
    </message>
    <message>
        <source>mengisi data contoh (sintetis)</source>
        <translation>fill in sample (synthetic) data</translation>
    </message>
    <message>
        <source>melihat dan mengekspor log audit</source>
        <translation>view and export the audit log</translation>
    </message>
    <message>
        <source>membuat cadangan</source>
        <translation>make a backup</translation>
    </message>
    <message>
        <source>mengimpor data penduduk</source>
        <translation>import the resident register</translation>
    </message>
    <message>
        <source>Silakan masuk (login) terlebih dahulu; di baris perintah gunakan --user NAMA.</source>
        <translation>Please log in first; on the command line use --user NAME.</translation>
    </message>
    <message>
        <source>Peran {role} tidak berwenang {what}.</source>
        <translation>The {role} role may not {what}.</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Nama pengguna harus 3–32 karakter: huruf, angka, titik, garis bawah atau tanda minus, tanpa spasi.</source>
        <translation>A user name has 3–32 characters: letters, digits, dots, underscores or hyphens, no spaces.</translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password must not be the same as the user name.</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: {role}. Pilihan: {roles}.</source>
        <translation>Unknown role: {role}. Choices: {roles}.</translation>
    </message>
    <message>
        <source>Pengguna &apos;{name}&apos; tidak ditemukan.</source>
        <translation>User &apos;{name}&apos; not found.</translation>
    </message>
    <message>
        <source>Akun pertama harus Administrator.</source>
        <translation>The first account must be an Administrator.</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;{name}&apos; sudah dipakai.</source>
        <translation>The user name &apos;{name}&apos; is already taken.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan; hubungi administrator.</source>
        <translation>This account is deactivated; contact the administrator.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah. Sisa percobaan: {n}.</source>
        <translation>Wrong user name or password. Attempts left: {n}.</translation>
    </message>
    <message>
        <source>Akun terkunci karena {attempts} kali salah kata sandi. Coba lagi dalam {minutes} menit atau minta administrator membuka kuncinya.</source>
        <translation>The account is locked after {attempts} wrong passwords. Try again in {minutes} minutes or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>Harus tetap ada sedikitnya satu Administrator aktif.</source>
        <translation>At least one active Administrator must remain.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
</context>
</TS>
