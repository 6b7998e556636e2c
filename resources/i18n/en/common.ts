<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Field</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
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
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree (SK) date</translation>
    </message>
    <message>
        <source>Mulai bertugas (TMT)</source>
        <translation>Start of duty (TMT)</translation>
    </message>
    <message>
        <source>Ikut JHT</source>
        <translation>Join JHT (old-age savings)</translation>
    </message>
    <message>
        <source>Penghasilan dilaporkan</source>
        <translation>Reported income</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Tempat, tanggal lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <source>RT/RW (contoh 003/002)</source>
        <translation>RT/RW (e.g. 003/002)</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kode kelurahan</source>
        <translation>Kelurahan code</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bahasa tampilan:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Bahasa / &amp;Language…</source>
        <translation>&amp;Language / Bahasa…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>S&amp;unting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Alat utama</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Tambah peserta…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <source>&amp;Ubah peserta…</source>
        <translation>&amp;Edit participant…</translation>
    </message>
    <message>
        <source>Ubah &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>&amp;Arsipkan…</source>
        <translation>A&amp;rchive…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari arsip…</source>
        <translation>Rest&amp;ore from archive…</translation>
    </message>
    <message>
        <source>&amp;Cari…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Dasbor</source>
        <translation>Das&amp;hboard</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tentang</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>{n} peserta</source>
        <translation>Participants: {n}</translation>
    </message>
    <message>
        <source> · {n} dipilih</source>
        <translation> · selected: {n}</translation>
    </message>
    <message>
        <source>Tentang {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; versi {version}&lt;br&gt;&lt;br&gt;Pendataan pekerja rentan non-ASN untuk kepesertaan BPJS Ketenagakerjaan yang iurannya dibayar APBD.&lt;br&gt;Bekerja tanpa jaringan; data tersimpan di komputer ini.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; version {version}&lt;br&gt;&lt;br&gt;Registration of vulnerable non-civil-servant workers in BPJS Ketenagakerjaan, with contributions paid from the regional budget (APBD).&lt;br&gt;Works without a network; the data stays on this computer.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program. Rinciannya tercatat di log.</source>
        <translation>A program error occurred. The details are in the log.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program</source>
        <translation>A program error occurred</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program. Pekerjaan yang sedang berjalan mungkin tidak selesai; data yang sudah tersimpan aman.

Rinciannya tercatat di berkas log:
{path}

Kirim berkas itu kepada petugas TI bila kesalahan terulang.</source>
        <translation>A program error occurred. The work under way may not have finished; data already saved is safe.

The details are in the log file:
{path}

Send that file to the IT officer if the error happens again.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tulis alasannya …</source>
        <translation>Write the reason …</translation>
    </message>
    <message>
        <source>Boleh dikosongkan</source>
        <translation>May be left empty</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Ubah status {count} peserta terpilih.</source>
        <translation>Change the status of the selected participants ({count}).</translation>
    </message>
    <message>
        <source>Status baru</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Status baru:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Wajib diisi</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Boleh dikosongkan</source>
        <translation>May be left empty</translation>
    </message>
    <message>
        <source>Perubahan ke status ini memerlukan alasan.</source>
        <translation>Changing to this status needs a reason.</translation>
    </message>
</context>
<context>
    <name>bpjs_cells</name>
    <message>
        <source>KPJ tidak terbaca</source>
        <translation>KPJ cannot be read</translation>
    </message>
    <message>
        <source>KPJ tertulis sebagai pecahan; ketik ulang sebagai teks</source>
        <translation>KPJ written as a fraction; type it again as text</translation>
    </message>
    <message>
        <source>KPJ tertulis dalam notasi ilmiah (misalnya 1,23E+10): digitnya hilang; ketik ulang sebagai teks</source>
        <translation>KPJ written in scientific notation (such as 1.23E+10): digits were lost; type it again as text</translation>
    </message>
    <message>
        <source>KPJ &apos;{value}&apos; bukan angka</source>
        <translation>KPJ &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>KPJ hanya 10 digit: angka 0 di depan kemungkinan hilang; ketik ulang sebagai teks</source>
        <translation>KPJ has only 10 digits: a leading 0 was probably lost; type it again as text</translation>
    </message>
    <message>
        <source>KPJ harus 11 digit, bukan {n}</source>
        <translation>A KPJ has 11 digits, not {n}</translation>
    </message>
    <message>
        <source>NIK terbaca sebagai angka yang dibulatkan Excel</source>
        <translation>NIK read as a number Excel rounded</translation>
    </message>
    <message>
        <source>NIK kosong</source>
        <translation>NIK empty</translation>
    </message>
    <message>
        <source>NIK harus 16 digit</source>
        <translation>A NIK has 16 digits</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>Jumlah bulan harus 1 sampai 12, bukan {months}.</source>
        <translation>The number of months must be 1 to 12, not {months}.</translation>
    </message>
    <message>
        <source>Dasar penghasilan &apos;{basis}&apos; tidak dikenal; pilihan: {choices}.</source>
        <translation>Unknown income basis &apos;{basis}&apos;; choices: {choices}.</translation>
    </message>
    <message>
        <source>Plafon anggaran tidak boleh negatif.</source>
        <translation>The budget ceiling cannot be negative.</translation>
    </message>
    <message>
        <source>Skema &apos;{scheme}&apos; tidak dikenal (bpu atau pu).</source>
        <translation>Unknown scheme &apos;{scheme}&apos; (bpu or pu).</translation>
    </message>
    <message>
        <source>Angka untuk kategori {name} tidak boleh negatif.</source>
        <translation>The figures for category {name} cannot be negative.</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>{label}: pilih salah satu dari {choices}.</source>
        <translation>{label}: choose one of {choices}.</translation>
    </message>
    <message>
        <source>{label} wajib diisi untuk verifikasi.</source>
        <translation>{label} is required for verification.</translation>
    </message>
    <message>
        <source>kunci field tidak valid: {key} (huruf kecil, angka, garis bawah)</source>
        <translation>invalid field key: {key} (lower-case letters, digits, underscores)</translation>
    </message>
    <message>
        <source>jenis field {key} tidak dikenal: {type}</source>
        <translation>field {key} has an unknown type: {type}</translation>
    </message>
    <message>
        <source>kode kategori tidak valid: {code} (huruf kecil, angka, tanda hubung)</source>
        <translation>invalid category code: {code} (lower-case letters, digits, hyphens)</translation>
    </message>
    <message>
        <source>kategori {code}: ada field dengan kunci ganda</source>
        <translation>category {code}: two fields share one key</translation>
    </message>
    <message>
        <source>kategori {code}: key_field {field} bukan salah satu field</source>
        <translation>category {code}: key_field {field} is not one of its fields</translation>
    </message>
    <message>
        <source>kategori {code}: masa jabatan tidak valid ({reason})</source>
        <translation>category {code}: invalid term rule ({reason})</translation>
    </message>
    <message>
        <source>kategori {code}: aturan kelayakan tidak valid ({reason})</source>
        <translation>category {code}: invalid eligibility rules ({reason})</translation>
    </message>
    <message>
        <source>katalog berisi kode kategori ganda</source>
        <translation>the catalogue holds a category code twice</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>Folder basis data tidak dapat dibuat: {folder} ({reason}).</source>
        <translation>The database folder could not be created: {folder} ({reason}).</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>nama dan tanggal lahir sama</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <source>nama mirip, tanggal lahir sama</source>
        <translation>similar name, same birth date</translation>
    </message>
    <message>
        <source>NIK beda satu digit</source>
        <translation>NIK one digit apart</translation>
    </message>
    <message>
        <source>NIK dengan dua digit tertukar</source>
        <translation>NIK with two digits swapped</translation>
    </message>
    <message>
        <source>terdaftar di dua kelurahan</source>
        <translation>registered in two kelurahan</translation>
    </message>
</context>
<context>
    <name>eligibility</name>
    <message>
        <source>ASN dan PPPK</source>
        <translation>ASN and PPPK</translation>
    </message>
    <message>
        <source>Dibiayai anggaran lain</source>
        <translation>Funded by another budget</translation>
    </message>
    <message>
        <source>Meninggal dunia</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Terdaftar sebagai penerima upah</source>
        <translation>Registered as a wage earner</translation>
    </message>
    <message>
        <source>Tercatat sebagai ASN/PPPK</source>
        <translation>Listed as ASN/PPPK</translation>
    </message>
    <message>
        <source>Sudah dibiayai anggaran lain</source>
        <translation>Already funded by another budget</translation>
    </message>
    <message>
        <source>Tercatat meninggal dunia</source>
        <translation>Listed as deceased</translation>
    </message>
    <message>
        <source>Sudah terdaftar sebagai penerima upah</source>
        <translation>Already registered as a wage earner</translation>
    </message>
    <message>
        <source>Data penduduk: meninggal (Mati)</source>
        <translation>Resident register: deceased (Mati)</translation>
    </message>
    <message>
        <source>Data penduduk: pindah</source>
        <translation>Resident register: moved away</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak cocok dengan NIK</source>
        <translation>Birth date does not match the NIK</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tanggal meninggal</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Perusahaan / pemberi kerja</source>
        <translation>Company / employer</translation>
    </message>
    <message>
        <source>NIK kosong.</source>
        <translation>The NIK is empty.</translation>
    </message>
    <message>
        <source>NIK harus 16 digit angka.</source>
        <translation>The NIK must be 16 digits.</translation>
    </message>
    <message>
        <source>NIK menunjukkan {nik_date}, tanggal lahir {born}</source>
        <translation>the NIK says {nik_date}, birth date {born}</translation>
    </message>
</context>
<context>
    <name>fileio</name>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>{what} sudah ada dan tidak ditimpa: {target}</source>
        <translation>{what} already exists and was not overwritten: {target}</translation>
    </message>
    <message>
        <source>{name} adalah basis data yang sedang dibuka ({protected}). Berkas itu tidak ditimpa; tidak ada yang diubah. Pilih nama berkas lain.</source>
        <translation>{name} is the database that is open now ({protected}). It was not overwritten; nothing was changed. Choose another file name.</translation>
    </message>
    <message>
        <source>{name} adalah berkas pendamping basis data yang sedang dibuka ({protected}). Berkas itu tidak ditimpa; tidak ada yang diubah. Pilih nama berkas lain.</source>
        <translation>{name} is a companion file of the database that is open now ({protected}). It was not overwritten; nothing was changed. Choose another file name.</translation>
    </message>
    <message>
        <source>{target} adalah folder, bukan berkas. Tulis nama berkasnya.</source>
        <translation>{target} is a folder, not a file. Type the file&apos;s name.</translation>
    </message>
    <message>
        <source>{name} berada di folder cadangan ({folder}); folder itu hanya untuk cadangan basis data. Tidak ada yang diubah; pilih folder lain.</source>
        <translation>{name} is in the backups folder ({folder}); that folder is only for database backups. Nothing was changed; choose another folder.</translation>
    </message>
    <message>
        <source>{name} adalah berkas basis data (mungkin sebuah cadangan). Berkas itu tidak ditimpa; tidak ada yang diubah. Pilih nama berkas lain.</source>
        <translation>{name} is a database file (perhaps a backup). It was not overwritten; nothing was changed. Choose another file name.</translation>
    </message>
    <message>
        <source>ruang penyimpanan (disk) penuh</source>
        <translation>the storage (disk) is full</translation>
    </message>
    <message>
        <source>lokasi penyimpanan hanya dapat dibaca (read-only)</source>
        <translation>the storage location is read-only</translation>
    </message>
    <message>
        <source>tidak ada izin menulis, atau berkas sedang dibuka program lain (misalnya Excel)</source>
        <translation>no permission to write, or the file is open in another program (Excel, for example)</translation>
    </message>
    <message>
        <source>folder tujuan tidak ada</source>
        <translation>the destination folder does not exist</translation>
    </message>
    <message>
        <source>{what} tidak dapat disimpan ke {target}: {reason}. Tidak ada berkas setengah jadi yang tertinggal.</source>
        <translation>{what} could not be saved to {target}: {reason}. No half-written file was left behind.</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada: {folder}. Tidak ada yang ditulis.</source>
        <translation>The destination folder does not exist: {folder}. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Kolom {letter}</source>
        <translation>Column {letter}</translation>
    </message>
</context>
<context>
    <name>migrations</name>
    <message>
        <source>Basis data ini dibuat oleh versi program yang lebih baru; perbarui Jamsostek Desktop.</source>
        <translation>This database was made by a newer version of the program; update Jamsostek Desktop.</translation>
    </message>
</context>
<context>
    <name>nik</name>
    <message>
        <source>NIK wajib diisi.</source>
        <translation>NIK is required.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>A NIK may hold digits only.</translation>
    </message>
    <message>
        <source>NIK harus 16 digit (sekarang {n} digit).</source>
        <translation>A NIK has 16 digits (this one has {n}).</translation>
    </message>
    <message>
        <source>Tanggal lahir di dalam NIK (digit 7-12) tidak valid.</source>
        <translation>The birth date inside the NIK (digits 7-12) is not valid.</translation>
    </message>
    <message>
        <source>provinsi</source>
        <translation>province</translation>
    </message>
    <message>
        <source>kabupaten/kota</source>
        <translation>regency/city</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>district</translation>
    </message>
    <message>
        <source>Kode {part} di dalam NIK (digit {first}-{last}) tidak boleh 00.</source>
        <translation>The {part} code in the NIK (digits {first}-{last}) cannot be 00.</translation>
    </message>
    <message>
        <source>Nomor urut NIK (4 digit terakhir) tidak boleh 0000.</source>
        <translation>The NIK serial number (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>Kode wilayah {code} tidak dikenal di tabel wilayah; periksa kembali KTP.</source>
        <translation>Region code {code} is not in the region table; check the ID card (KTP) again.</translation>
    </message>
    <message>
        <source>NIK ini milik seorang perempuan, tidak cocok dengan jenis kelamin.</source>
        <translation>This NIK belongs to a woman; it does not match the sex given.</translation>
    </message>
    <message>
        <source>NIK ini milik seorang laki-laki, tidak cocok dengan jenis kelamin.</source>
        <translation>This NIK belongs to a man; it does not match the sex given.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak cocok dengan NIK (NIK menunjukkan {date}); tanggal lahir yang dikoreksi tetap memakai NIK lama, periksa KTP atau KK.</source>
        <translation>The birth date does not match the NIK (the NIK says {date}); a corrected birth date keeps the old NIK, check the ID card or family card.</translation>
    </message>
</context>
<context>
    <name>parsing</name>
    <message>
        <source>Tanggal &apos;{text}&apos;: tulis tahun dengan empat digit, contoh 12-08-1975.</source>
        <translation>Date &apos;{text}&apos;: write the year with four digits, e.g. 12-08-1975.</translation>
    </message>
    <message>
        <source>Tanggal &apos;{text}&apos; tidak ada di kalender.</source>
        <translation>The date &apos;{text}&apos; does not exist in the calendar.</translation>
    </message>
    <message>
        <source>Tanggal &apos;{text}&apos; tidak dikenali; tulis seperti 12-08-1975.</source>
        <translation>The date &apos;{text}&apos; is not recognised; write it like 12-08-1975.</translation>
    </message>
    <message>
        <source>Jenis kelamin &apos;{value}&apos; tidak dikenali; isi L atau P.</source>
        <translation>Sex &apos;{value}&apos; is not recognised; enter L (male) or P (female).</translation>
    </message>
    <message>
        <source>{label} &apos;{text}&apos; berisi nomor {other}, bukan {label}; periksa urutan kolom.</source>
        <translation>{label} &apos;{text}&apos; holds an {other} number, not an {label}; check the order of the columns.</translation>
    </message>
    <message>
        <source>{label} &apos;{text}&apos; tidak valid; isi angka, contoh 003.</source>
        <translation>{label} &apos;{text}&apos; is not valid; enter a number, e.g. 003.</translation>
    </message>
    <message>
        <source>{label} harus bilangan bulat (tanpa angka di belakang koma).</source>
        <translation>{label} must be a whole number (no decimals).</translation>
    </message>
    <message>
        <source>{label} harus bilangan bulat, contoh 1.500.000.</source>
        <translation>{label} must be a whole number, e.g. 1.500.000.</translation>
    </message>
    <message>
        <source>Nomor HP tidak valid; contoh 081234567890.</source>
        <translation>The mobile number is not valid; e.g. 081234567890.</translation>
    </message>
</context>
<context>
    <name>participant</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Usia {age} tahun di luar rentang usia kategori ini ({window} tahun); pastikan peserta memenuhi syarat.</source>
        <translation>Age {age} is outside this category&apos;s age range ({window} years); make sure the participant is eligible.</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>Nama harus berisi huruf.</source>
        <translation>A name must contain letters.</translation>
    </message>
    <message>
        <source>Jenis kelamin harus L atau P.</source>
        <translation>Sex must be L (male) or P (female).</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>Usia {age} tahun di luar rentang {low}-{high} tahun; pastikan peserta memenuhi syarat.</source>
        <translation>Age {age} is outside the range {low}-{high} years; make sure the participant is eligible.</translation>
    </message>
    <message>
        <source>{label} harus antara 1 dan 999.</source>
        <translation>{label} must be between 1 and 999.</translation>
    </message>
    <message>
        <source>Alamat email tidak valid.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>Nomor KPJ harus 11 digit angka.</source>
        <translation>The KPJ number has 11 digits.</translation>
    </message>
    <message>
        <source>{label} terlalu jauh di masa depan.</source>
        <translation>{label} is too far in the future.</translation>
    </message>
    <message>
        <source>Penghasilan di bawah batas terendah; iuran dihitung dari {amount}</source>
        <translation>Income below the minimum; contributions are counted from {amount}</translation>
    </message>
</context>
<context>
    <name>postgresql</name>
    <message>
        <source>Tidak dapat tersambung ke server basis data {server}: {reason}</source>
        <translation>Cannot connect to the database server {server}: {reason}</translation>
    </message>
    <message>
        <source>Sambungan ke server basis data terputus. Pekerjaan yang belum selesai tidak disimpan sebagian pun; sambungkan lagi lalu ulangi.</source>
        <translation>The connection to the database server was lost. Unfinished work was not saved, not even in part; connect again and repeat.</translation>
    </message>
    <message>
        <source>Server basis data sedang dipakai pekerjaan lain terlalu lama; coba lagi sebentar lagi.</source>
        <translation>The database server has been busy with other work for too long; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>region</name>
    <message>
        <source>Kode wilayah kelurahan harus 10 digit, contoh 18.72.01.1001.</source>
        <translation>A kelurahan region code has 10 digits, e.g. 18.72.01.1001.</translation>
    </message>
    <message>
        <source>Empat digit terakhir kode kelurahan/desa diawali 1 (kelurahan) atau 2 (desa).</source>
        <translation>The last four digits of a kelurahan/village code start with 1 (kelurahan) or 2 (village).</translation>
    </message>
</context>
<context>
    <name>residents</name>
    <message>
        <source>Hidup</source>
        <translation>Alive</translation>
    </message>
    <message>
        <source>Mati</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card number</translation>
    </message>
    <message>
        <source>Dusun / lingkungan</source>
        <translation>Hamlet (dusun) / neighbourhood</translation>
    </message>
    <message>
        <source>Status (hidup, mati, pindah)</source>
        <translation>Status (alive, deceased, moved away)</translation>
    </message>
    <message>
        <source>Status &apos;{value}&apos; tidak dikenali; isi Hidup, Mati atau Pindah.</source>
        <translation>Status &apos;{value}&apos; is not recognised; use Hidup, Mati or Pindah.</translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Nomor KK harus 16 digit (sekarang {n} digit); dikosongkan.</source>
        <translation>A family card number must have 16 digits (it has {n}); left empty.</translation>
    </message>
    <message>
        <source>{problem} Dikosongkan.</source>
        <translation>{problem} Left empty.</translation>
    </message>
    <message>
        <source>Tanggal lahir {date} tidak cocok dengan NIK (NIK menunjukkan {nik_date}); disimpan apa adanya dan diberi tanda.</source>
        <translation>Birth date {date} does not match the NIK (the NIK says {nik_date}); kept as given and marked.</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak cocok dengan NIK; disimpan apa adanya dan diberi tanda.</source>
        <translation>The sex does not match the NIK; kept as given and marked.</translation>
    </message>
    <message>
        <source>NIK tidak ada di data penduduk; periksa KTP dan KK.</source>
        <translation>This NIK is not in the resident register; check the ID card and family card.</translation>
    </message>
    <message>
        <source>Menurut data penduduk orang ini sudah meninggal (status Mati).</source>
        <translation>The resident register lists this person as deceased (status Mati).</translation>
    </message>
    <message>
        <source>Menurut data penduduk orang ini sudah pindah (status Pindah).</source>
        <translation>The resident register lists this person as moved away (status Pindah).</translation>
    </message>
    <message>
        <source>NIK ini tidak ada lagi di daftar penduduk terbaru.</source>
        <translation>This NIK is no longer in the latest resident list.</translation>
    </message>
</context>
<context>
    <name>spreadsheet</name>
    <message>
        <source>NIK ini tersimpan sebagai angka sehingga Excel membulatkannya (tampil seperti 1.87201E+15) dan digit terakhirnya hilang. Perbaiki di Excel: pilih kolom NIK, Format Cells &gt; Text, lalu ketik ulang NIK dari KTP (atau awali dengan tanda petik: &apos;1872011208750003).</source>
        <translation>This NIK is stored as a number, so Excel rounded it (it shows like 1.87201E+15) and its last digit is lost. Fix it in Excel: select the NIK column, Format Cells &gt; Text, then type the NIK again from the ID card (or start it with an apostrophe: &apos;1872011208750003).</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Basis data di server bukan basis data Jamsostek atau tidak dapat dibaca: {reason}.</source>
        <translation>The database on the server is not a Jamsostek database or cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan: {path}. Periksa nama berkasnya; basis data baru dibuat dengan &apos;jamsostek init&apos;.</source>
        <translation>Database not found: {path}. Check the file name; a new database is made with &apos;jamsostek init&apos;.</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai program lain; tutup program itu dulu.</source>
        <translation>Another program is using the database; close that program first.</translation>
    </message>
    <message>
        <source>Basis data {name} tidak dapat dibuka untuk ditulis: {reason}. Berkasnya tidak rusak dan tidak diubah; periksa izin folder {folder}, ruang disk, atau flash drive, lalu coba lagi.</source>
        <translation>Database {name} cannot be opened for writing: {reason}. The file is not damaged and was not changed; check the permissions of folder {folder}, the disk space or the flash drive, then try again.</translation>
    </message>
    <message>
        <source>Berkas basis data rusak atau bukan basis data Jamsostek: {name}.</source>
        <translation>The database file is damaged or not a Jamsostek database: {name}.</translation>
    </message>
    <message>
        <source>lokasinya hanya dapat dibaca (read-only)</source>
        <translation>its location is read-only</translation>
    </message>
    <message>
        <source>ruang penyimpanan (disk) penuh</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>kesalahan baca/tulis disk</source>
        <translation>a disk read/write error</translation>
    </message>
    <message>
        <source>folder atau berkas pendampingnya (-wal/-shm) tidak dapat dibuat atau dibuka; mungkin foldernya hanya dapat dibaca</source>
        <translation>its folder or companion files (-wal/-shm) cannot be created or opened; the folder may be read-only</translation>
    </message>
    <message>
        <source>Basis data perlu diperbarui untuk versi program ini, tetapi cadangannya gagal dibuat ({reason}). Basis data tidak diubah; periksa ruang disk dan folder cadangan lalu buka program lagi.</source>
        <translation>The database needs an upgrade for this program version, but its backup could not be made ({reason}). The database was not changed; check the disk space and the backup folder, then open the program again.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Status sudah {status}.</source>
        <translation>The status is already {status}.</translation>
    </message>
    <message>
        <source>Status {current} tidak dapat diubah menjadi {target}.</source>
        <translation>Status {current} cannot change to {target}.</translation>
    </message>
    <message>
        <source>Perubahan status menjadi {status} memerlukan alasan.</source>
        <translation>A change of status to {status} needs a reason.</translation>
    </message>
</context>
</TS>
