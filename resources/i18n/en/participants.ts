<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AdminPage</name>
    <message>
        <source>Akun administrator</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Administrator mengelola pengguna, profil dan katalog. Simpan kata sandinya di tempat aman: tanpa itu data tidak dapat dibuka.</source>
        <translation>The administrator manages users, the office profile and the catalogue. Keep the password somewhere safe: without it the data cannot be opened.</translation>
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
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>minimal 8 karakter</source>
        <translation>at least 8 characters</translation>
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
    <name>CategoryFiguresModel</name>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Jumlah pekerja kategori ini di wilayah (klik dua kali untuk mengisi)</source>
        <translation>Number of workers of this category in the area (double-click to enter)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Peserta terdaftar</source>
        <translation>Registered participants</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Cakupan (terdaftar / potensi)</source>
        <translation>Coverage (registered / potential)</translation>
    </message>
    <message>
        <source>Angka per kategori</source>
        <translation>Figures per category</translation>
    </message>
    <message>
        <source>Per kategori</source>
        <translation>Per category</translation>
    </message>
    <message>
        <source>Isi kolom Potensi (klik dua kali) dengan jumlah pekerja kategori itu di wilayah: cakupan dihitung darinya.</source>
        <translation>Fill in the Potential column (double-click) with the number of such workers in the area: coverage is counted from it.</translation>
    </message>
    <message>
        <source>Iuran yang dibayar APBD</source>
        <translation>Contributions paid by the APBD</translation>
    </message>
    <message>
        <source>Per bulan</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Per tahun</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>JKK + JKM</source>
        <translation>JKK + JKM</translation>
    </message>
    <message>
        <source>+ JHT yang ikut</source>
        <translation>+ JHT (enrolled)</translation>
    </message>
    <message>
        <source>Skenario: semua JHT</source>
        <translation>Scenario: all JHT</translation>
    </message>
    <message>
        <source>Untuk {n} peserta Aktif ({j} ikut JHT), dengan tarif yang berlaku hari ini. Baris skenario bukan anggaran.</source>
        <translation>For {n} Active participants ({j} with JHT), at the rates in force today. The scenario line is not the budget.</translation>
    </message>
    <message>
        <source>Pilih satu atau beberapa kategori di tabel untuk melihat iurannya.</source>
        <translation>Select one or more categories in the table to see their contributions.</translation>
    </message>
    <message>
        <source>Dasbor — {title}</source>
        <translation>Dashboard — {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{names}&lt;/b&gt; ({n} orang): JKK + JKM {m} per bulan ({y} per tahun); dengan JHT {mj} per bulan ({yj} per tahun).</source>
        <translation>&lt;b&gt;{names}&lt;/b&gt; (participants: {n}): JKK + JKM {m} per month ({y} per year); with JHT {mj} per month ({yj} per year).</translation>
    </message>
    <message>
        <source>Dihitung dari kategori yang potensinya sudah diisi.</source>
        <translation>Computed from the categories whose potential has been entered.</translation>
    </message>
    <message>
        <source>Belum ada kategori yang punya target: isi kolom Potensi di tabel.</source>
        <translation>No category has a target yet: fill in the Potential column in the table.</translation>
    </message>
    <message>
        <source> dan {n} lainnya</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>Dari {n} kategori yang punya target: {names}.</source>
        <translation>Of the {n} categories with a target: {names}.</translation>
    </message>
</context>
<context>
    <name>DashboardPanels</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Per kategori: terdaftar dan target (potensi)</source>
        <translation>Per category: registered and target (potential)</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Target (potensi)</source>
        <translation>Target (potential)</translation>
    </message>
    <message>
        <source>Klik batang kategori untuk membuka daftarnya. Isi target di kolom Potensi pada tabel di bawah.</source>
        <translation>Click a category&apos;s bar to open its list. Enter targets in the Potential column of the table below.</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Klik batang untuk membuka daftar peserta dengan status itu.</source>
        <translation>Click a bar to open the list of participants with that status.</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pendaftaran per bulan</source>
        <translation>Enrolments per month</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Peserta yang didaftarkan setiap bulan (yang masih ada di daftar).</source>
        <translation>Participants entered each month (those still on the list).</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>L — Laki-laki</source>
        <translation>L — Male</translation>
    </message>
    <message>
        <source>P — Perempuan</source>
        <translation>P — Female</translation>
    </message>
    <message>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Contoh: 12-08-1975 atau 12 Agustus 1975</source>
        <translation>For example: 12-08-1975 or 12 Agustus 1975</translation>
    </message>
    <message>
        <source>16 digit sesuai KTP</source>
        <translation>16 digits as on the ID card (KTP)</translation>
    </message>
</context>
<context>
    <name>ListMenu</name>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Pilih &amp;semua</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>{n} baris disalin; tempel di Excel dengan Ctrl+V.</source>
        <translation>{n} rows copied; paste them into Excel with Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Navigasi kategori</source>
        <translation>Category navigation</translation>
    </message>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Semua peserta</source>
        <translation>All participants</translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Semua wilayah</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Kec. {name}</source>
        <translation>Kec. {name}</translation>
    </message>
    <message>
        <source>Semua peserta ({n})</source>
        <translation>All participants ({n})</translation>
    </message>
    <message>
        <source>Arsip ({n})</source>
        <translation>Archive ({n})</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Selamat datang di {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <source>Program ini dipasang di kantor mana?</source>
        <translation>Which office is this program installed in?</translation>
    </message>
    <message>
        <source>Kantor kelurahan — mendata peserta dari warga kelurahan</source>
        <translation>Kelurahan office — registers participants among the kelurahan&apos;s residents</translation>
    </message>
    <message>
        <source>Kantor kota/kabupaten — menggabungkan data semua kelurahan</source>
        <translation>City/regency office — merges the data of every kelurahan</translation>
    </message>
    <message>
        <source>Pilihan ini menentukan isian profil berikutnya. Profil dapat diubah kemudian oleh administrator.</source>
        <translation>This choice decides the profile fields on the next page. An administrator can change the profile later.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>{action} — {category}</source>
        <translation>{action} — {category}</translation>
    </message>
    <message>
        <source>Ubah peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>* wajib diisi untuk menyimpan draf   † wajib sebelum verifikasi</source>
        <translation>* required to save a draft   † required before verification</translation>
    </message>
    <message>
        <source>Identitas (sesuai KTP)</source>
        <translation>Identity (as on the ID card)</translation>
    </message>
    <message>
        <source>Penugasan dan kepesertaan</source>
        <translation>Assignment and membership</translation>
    </message>
    <message>
        <source>&amp;Simpan ({keys})</source>
        <translation>&amp;Save ({keys})</translation>
    </message>
    <message>
        <source>Simpan dan &amp;baru ({keys})</source>
        <translation>Save and &amp;new ({keys})</translation>
    </message>
    <message>
        <source>Simpan, lalu isi peserta berikutnya dari kategori yang sama; RT dan RW tetap terisi.</source>
        <translation>Save, then fill in the next participant of the same category; RT and RW stay filled in.</translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Data {name}</source>
        <translation>{name} details</translation>
    </message>
    <message>
        <source>Diisi dari NIK.</source>
        <translation>Filled in from the NIK.</translation>
    </message>
    <message>
        <source>Ditulis huruf kecil semua. Ganti menjadi &lt;a href=&quot;#&quot;&gt;{name}&lt;/a&gt;?</source>
        <translation>Typed all in lower case. Change it to &lt;a href=&quot;#&quot;&gt;{name}&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>Belum dapat disimpan; periksa: {fields}.</source>
        <translation>Cannot be saved yet; check: {fields}.</translation>
    </message>
    <message>
        <source>Dapat disimpan sebagai draf. Untuk verifikasi masih perlu: {fields}.</source>
        <translation>Can be saved as a draft. Verification still needs: {fields}.</translation>
    </message>
    <message>
        <source>Data lengkap untuk verifikasi.</source>
        <translation>Complete for verification.</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Periksa dulu:
{warnings}

Tetap simpan?</source>
        <translation>Please check first:
{warnings}

Save anyway?</translation>
    </message>
    <message>
        <source>Tetap simpan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Periksa lagi</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
    <message>
        <source>✓ {name} tersimpan. Isi peserta berikutnya.</source>
        <translation>✓ {name} saved. Fill in the next participant.</translation>
    </message>
    <message>
        <source>Batalkan isian</source>
        <translation>Discard entry</translation>
    </message>
    <message>
        <source>Data yang sudah diketik belum disimpan. Buang isian ini?</source>
        <translation>What you typed has not been saved. Discard this entry?</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Lanjutkan mengisi</source>
        <translation>Keep filling in</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <source>Cari NIK, nama, atau RT/RW (contoh 3/2) …</source>
        <translation>Search NIK, name, or RT/RW (e.g. 3/2) …</translation>
    </message>
    <message>
        <source>Saring RT</source>
        <translation>Filter RT</translation>
    </message>
    <message>
        <source>Saring RW</source>
        <translation>Filter RW</translation>
    </message>
    <message>
        <source>Saring status</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Perlu diperiksa</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Hanya peserta dengan tanda pemeriksaan terbuka atau data ganda yang belum diputuskan</source>
        <translation>Only participants with an open flag or an undecided duplicate</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Daftar peserta</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{title} · {count} peserta</source>
        <translation>{title} · {count}</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang cocok dengan pencarian atau saringan.</source>
        <translation>No participant matches the search or the filters.</translation>
    </message>
    <message>
        <source>Arsip kosong.</source>
        <translation>The archive is empty.</translation>
    </message>
    <message>
        <source>Belum ada peserta di sini. Tekan Ctrl+N untuk menambah.</source>
        <translation>No participants here yet. Press Ctrl+N to add one.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Masih kurang</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Alasan diarsipkan</source>
        <translation>Reason archived</translation>
    </message>
    <message>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Yang masih harus dilengkapi sebelum verifikasi</source>
        <translation>What must still be completed before verification</translation>
    </message>
    <message>
        <source>Belum diisi: {fields}</source>
        <translation>Not filled in: {fields}</translation>
    </message>
    <message>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Diarsipkan: {reason}</source>
        <translation>Archived: {reason}</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Kode wilayah kelurahan</source>
        <translation>Kelurahan region code</translation>
    </message>
    <message>
        <source>Kode kota/kabupaten</source>
        <translation>City/regency code</translation>
    </message>
    <message>
        <source>Nama kelurahan</source>
        <translation>Kelurahan name</translation>
    </message>
    <message>
        <source>Nama kecamatan</source>
        <translation>Kecamatan name</translation>
    </message>
    <message>
        <source>Kota/kabupaten</source>
        <translation>City/regency</translation>
    </message>
    <message>
        <source>Nama kota/kabupaten</source>
        <translation>City/regency name</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Nama Lurah</source>
        <translation>Name of the Lurah</translation>
    </message>
    <message>
        <source>Nama pejabat penandatangan</source>
        <translation>Name of the signing officer</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>NIP Lurah</source>
        <translation>NIP of the Lurah</translation>
    </message>
    <message>
        <source>NIP pejabat</source>
        <translation>NIP of the officer</translation>
    </message>
    <message>
        <source>Kota Metro</source>
        <translation>e.g. Metro</translation>
    </message>
    <message>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>kel.contoh@kota.go.id</source>
        <translation>office@example.go.id</translation>
    </message>
    <message>
        <source>Pilih berkas logo…</source>
        <translation>Choose logo file…</translation>
    </message>
    <message>
        <source>Logo daerah</source>
        <translation>Regional logo</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Logo daerah (kop surat):</source>
        <translation>Regional logo (letterhead):</translation>
    </message>
    <message>
        <source>Profil kantor kota/kabupaten</source>
        <translation>City/regency office profile</translation>
    </message>
    <message>
        <source>Profil kelurahan</source>
        <translation>Kelurahan profile</translation>
    </message>
    <message>
        <source>Dipakai di kop surat, tanda tangan dan berkas sinkronisasi. Kode wilayah sesuai Kemendagri.</source>
        <translation>Used in the letterhead, signatures and sync files. Region code as issued by the Ministry of Home Affairs (Kemendagri).</translation>
    </message>
    <message>
        <source>Berkas logo harus gambar PNG atau JPEG, paling besar 2 MB.</source>
        <translation>The logo must be a PNG or JPEG image of at most 2 MB.</translation>
    </message>
    <message>
        <source>Pilih logo daerah</source>
        <translation>Choose the regional logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: {e}</source>
        <translation>The file cannot be read: {e}</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Kategori peserta:</source>
        <translation>Participant category:</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih dulu kelurahan di pohon wilayah untuk menambah peserta.</source>
        <translation>First choose a kelurahan in the area tree to add a participant.</translation>
    </message>
    <message>
        <source>Peserta baru tersimpan sebagai draf.</source>
        <translation>New participant saved as a draft.</translation>
    </message>
    <message>
        <source>Ubah peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Peserta ini ada di arsip; pulihkan dulu sebelum mengubah.</source>
        <translation>This participant is in the archive; restore it before editing.</translation>
    </message>
    <message>
        <source>Perubahan tersimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Pulihkan {who} dari arsip?</source>
        <translation>Restore {who} from the archive?</translation>
    </message>
    <message>
        <source>Arsipkan peserta</source>
        <translation>Archive participants</translation>
    </message>
    <message>
        <source>… dan {n} peserta lainnya.</source>
        <translation>… and {n} more participants.</translation>
    </message>
    <message>
        <source>Tidak ada peserta terpilih yang dapat diubah menjadi {status}:
{refused}</source>
        <translation>None of the selected participants can become {status}:
{refused}</translation>
    </message>
    <message>
        <source>{m} dari {n} peserta terpilih dapat diubah menjadi {status}. Yang berikut tetap:
{refused}

Ubah status {m} peserta itu?</source>
        <translation>{m} of the {n} selected participants can become {status}. These stay as they are:
{refused}

Change the status of those {m}?</translation>
    </message>
    <message>
        <source>Ubah {m} peserta</source>
        <translation>Change {m} participants</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>{n} peserta diarsipkan.</source>
        <translation>Participants archived: {n}.</translation>
    </message>
    <message>
        <source>Pulihkan peserta</source>
        <translation>Restore participants</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>{n} peserta dipulihkan.</source>
        <translation>Participants restored: {n}.</translation>
    </message>
    <message>
        <source>Arsipkan {who}? Data tidak dihapus; peserta pindah ke Arsip dan dapat dipulihkan.</source>
        <translation>Archive {who}? Nothing is deleted; they move to the Archive and can be restored.</translation>
    </message>
    <message>
        <source>{name} (NIK {nik})</source>
        <translation>{name} (NIK {nik})</translation>
    </message>
    <message>
        <source>{n} peserta: {names} dan {more} lainnya</source>
        <translation>{n} participants: {names} and {more} more</translation>
    </message>
    <message>
        <source>{n} peserta: {names}</source>
        <translation>{n} participants: {names}</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Status peserta terpilih tidak dapat diubah.</source>
        <translation>The status of the selected participants cannot be changed.</translation>
    </message>
    <message>
        <source>Status {n} peserta menjadi {status}.</source>
        <translation>Status changed to {status} (participants: {n}).</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Penyiapan awal — {app}</source>
        <translation>Initial setup — {app}</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Penyiapan awal</source>
        <translation>Initial setup</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Berkas katalog tidak dapat dibaca: {reason}</source>
        <translation>The catalogue file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Katalog tidak valid: {reason}</source>
        <translation>The catalogue is not valid: {reason}</translation>
    </message>
    <message>
        <source>Kategori &apos;{code}&apos; tidak ada di katalog.</source>
        <translation>Category &apos;{code}&apos; is not in the catalogue.</translation>
    </message>
    <message>
        <source>Kategori tidak valid: {reason}</source>
        <translation>The category is not valid: {reason}</translation>
    </message>
    <message>
        <source>Kode kategori &apos;{code}&apos; sudah dipakai.</source>
        <translation>The category code &apos;{code}&apos; is already taken.</translation>
    </message>
    <message>
        <source>Field tidak valid: {reason}</source>
        <translation>The field is not valid: {reason}</translation>
    </message>
    <message>
        <source>Kategori &apos;{code}&apos; sudah punya field &apos;{key}&apos;.</source>
        <translation>Category &apos;{code}&apos; already has a field &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>Jumlah potensi tidak boleh negatif.</source>
        <translation>The potential count cannot be negative.</translation>
    </message>
</context>
<context>
    <name>demo_data</name>
    <message>
        <source>Jumlah data contoh tidak boleh negatif.</source>
        <translation>The number of sample records cannot be negative.</translation>
    </message>
</context>
<context>
    <name>enrolment</name>
    <message>
        <source>Ada peringatan yang perlu dikonfirmasi.</source>
        <translation>There are warnings to confirm.</translation>
    </message>
    <message>
        <source>{category}, RT {rt}/RW {rw}, kelurahan {code}</source>
        <translation>{category}, RT {rt}/RW {rw}, kelurahan {code}</translation>
    </message>
    <message>
        <source>NIK sudah terdaftar atas nama {name} ({where}).</source>
        <translation>The NIK is already enrolled for {name} ({where}).</translation>
    </message>
    <message>
        <source>Data peserta belum valid.</source>
        <translation>The participant data is not valid yet.</translation>
    </message>
    <message>
        <source>menyimpan peserta</source>
        <translation>save the participant</translation>
    </message>
    <message>
        <source>Data tidak dapat disimpan: {reason}</source>
        <translation>The data could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Peserta tidak ditemukan.</source>
        <translation>Participant not found.</translation>
    </message>
    <message>
        <source>Data peserta ini sudah diubah oleh {who} pada {when} setelah Anda membukanya. Perubahan Anda tidak disimpan; buka lagi datanya lalu ulangi.</source>
        <translation>This participant was changed by {who} at {when} after you opened it. Your changes were not saved; open the record again and repeat.</translation>
    </message>
    <message>
        <source>Peserta ini sudah diarsipkan; pulihkan dulu sebelum mengubah.</source>
        <translation>This participant is archived; restore them before editing.</translation>
    </message>
    <message>
        <source>Alasan pengarsipan wajib diisi.</source>
        <translation>A reason for archiving is required.</translation>
    </message>
    <message>
        <source>{name} tidak dapat dipulihkan: NIK-nya sudah terdaftar lagi ({where}).</source>
        <translation>{name} cannot be restored: their NIK has been enrolled again ({where}).</translation>
    </message>
    <message>
        <source>sudah diarsipkan</source>
        <translation>already archived</translation>
    </message>
    <message>
        <source>belum dapat diverifikasi; belum diisi: {missing}</source>
        <translation>cannot be verified yet; still missing: {missing}</translation>
    </message>
    <message>
        <source>belum punya nomor KPJ 11 digit dari BPJS; impor jawaban BPJS atau isi KPJ-nya</source>
        <translation>has no 11-digit KPJ number from BPJS yet; import the BPJS answer or enter the KPJ</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>Profil kelurahan belum diisi; jalankan &apos;jamsostek init&apos; atau wizard awal.</source>
        <translation>The kelurahan profile is not filled in yet; run &apos;jamsostek init&apos; or the first-start wizard.</translation>
    </message>
    <message>
        <source>Kode kota/kabupaten harus 4 digit, contoh 18.72.</source>
        <translation>A city/regency code has 4 digits, e.g. 18.72.</translation>
    </message>
    <message>
        <source>Nama kota/kabupaten wajib diisi.</source>
        <translation>The city/regency name is required.</translation>
    </message>
    <message>
        <source>Nama kelurahan wajib diisi.</source>
        <translation>The kelurahan name is required.</translation>
    </message>
    <message>
        <source>Nama kecamatan wajib diisi.</source>
        <translation>The kecamatan name is required.</translation>
    </message>
    <message>
        <source>NIP harus 18 digit angka.</source>
        <translation>A NIP has 18 digits.</translation>
    </message>
    <message>
        <source>Alamat pos-el tidak valid, contoh kel.contoh@kota.go.id.</source>
        <translation>The e-mail address is not valid, e.g. kel.contoh@kota.go.id.</translation>
    </message>
    <message>
        <source>Alamat laman tidak valid, contoh kelurahan.kota.go.id.</source>
        <translation>The website address is not valid, e.g. kelurahan.kota.go.id.</translation>
    </message>
    <message>
        <source>Kode pos harus 5 digit angka.</source>
        <translation>The postcode must be 5 digits.</translation>
    </message>
    <message>
        <source>Profil belum lengkap atau tidak valid.</source>
        <translation>The profile is incomplete or not valid.</translation>
    </message>
</context>
<context>
    <name>rates</name>
    <message>
        <source>Batas usia minimum harus lebih kecil dari maksimum.</source>
        <translation>The minimum age must be below the maximum.</translation>
    </message>
    <message>
        <source>Tarif tidak boleh negatif.</source>
        <translation>Rates cannot be negative.</translation>
    </message>
</context>
</TS>
