<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AcceptKeyDialog</name>
    <message>
        <source>Terima kunci kelurahan</source>
        <translation>Accept a kelurahan&apos;s key</translation>
    </message>
    <message>
        <source>, Kecamatan {name}</source>
        <translation>, Kecamatan {name}</translation>
    </message>
    <message>
        <source>Berkas {file} mengaku dari {where}, dari komputer yang kuncinya belum diterima kantor kota.</source>
        <translation>File {file} claims to come from {where}, from a computer whose key the city office has not accepted yet.</translation>
    </message>
    <message>
        <source>Ketik sidik kunci yang tertulis di surat pengantar kelurahan itu, atau yang dibacakan petugasnya lewat telepon. Jangan menyalinnya dari berkas atau pesan yang datang bersama berkas ini.</source>
        <translation>Type the key fingerprint written on that kelurahan&apos;s cover letter, or read out by its staff on the telephone. Do not copy it from a file or message that came with this file.</translation>
    </message>
    <message>
        <source>Terima kunci</source>
        <translation>Accept key</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Kirim data ke kantor kota</source>
        <translation>Send data to the city office</translation>
    </message>
    <message>
        <source>Perubahan sejak pengiriman terakhir</source>
        <translation>Changes since the last sending</translation>
    </message>
    <message>
        <source>Semua data (lengkap)</source>
        <translation>All data (complete)</translation>
    </message>
    <message>
        <source>Kirim ulang berkas nomor</source>
        <translation>Send again file number</translation>
    </message>
    <message>
        <source>Simpan ke:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pasang kunci kota…</source>
        <translation>Install city key…</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Belum pernah mengirim data. Berkas pertama memuat semua data ({n} peserta).</source>
        <translation>No data has been sent yet. The first file holds all data (participants: {n}).</translation>
    </message>
    <message>
        <source>Pengiriman terakhir: nomor {seq}, {when}. Perubahan belum terkirim: {n} peserta.</source>
        <translation>Last sent: number {seq}, {when}. Changes not yet sent: {n} participants.</translation>
    </message>
    <message>
        <source>🔒 Berkas dienkripsi untuk {city} (sidik kunci {fp}); hanya kantor kota yang dapat membacanya.</source>
        <translation>🔒 The file is encrypted for {city} (key fingerprint {fp}); only the city office can read it.</translation>
    </message>
    <message>
        <source>⚠ Kunci publik kantor kota belum dipasang: berkas TIDAK dienkripsi dan dapat dibaca siapa pun yang memegangnya. Minta berkas kunci (.pub) dari kantor kota lalu klik &apos;Pasang kunci kota&apos;.</source>
        <translation>⚠ The city office&apos;s public key is not installed: the file is NOT encrypted and anyone who holds it can read it. Ask the city office for its key file (.pub), then click &apos;Install city key&apos;.</translation>
    </message>
    <message>
        <source>{seq} — {when}, {n} rekaman</source>
        <translation>{seq} — {when}, records: {n}</translation>
    </message>
    <message>
        <source>⚠ Folder ini tidak ada. Pilih folder yang ada, misalnya flash disk.</source>
        <translation>⚠ This folder does not exist. Choose one that does, a flash drive for example.</translation>
    </message>
    <message>
        <source>Nama berkas: {name}</source>
        <translation>File name: {name}</translation>
    </message>
    <message>
        <source>Folder tujuan (misalnya flash disk)</source>
        <translation>Destination folder (for example a flash drive)</translation>
    </message>
    <message>
        <source>Berkas kunci publik kota</source>
        <translation>City public key file</translation>
    </message>
    <message>
        <source>Kunci publik kota (*.pub)</source>
        <translation>City public key (*.pub)</translation>
    </message>
    <message>
        <source>Kunci {city} dipasang (sidik {fp}).</source>
        <translation>Key of {city} installed (fingerprint {fp}).</translation>
    </message>
    <message>
        <source>Pilih folder tujuan dulu.</source>
        <translation>Choose a destination folder first.</translation>
    </message>
    <message>
        <source>Menulis berkas…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Berkas: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Kirim data</source>
        <translation>Send data</translation>
    </message>
</context>
<context>
    <name>FingerprintBox</name>
    <message>
        <source>Cetak surat pengantar…</source>
        <translation>Print cover letter…</translation>
    </message>
    <message>
        <source>Kantor kota menerima data dari komputer ini hanya setelah petugasnya mengetik sidik kunci ini. Bacakan lewat telepon, atau cetak surat pengantar, tanda tangani, dan kirim bersama berkas pertama.</source>
        <translation>The city office accepts data from this computer only after its staff have typed this key fingerprint. Read it out on the telephone, or print the cover letter, sign it and send it with the first file.</translation>
    </message>
    <message>
        <source>Sidik kunci komputer ini: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>This computer&apos;s key fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Simpan surat pengantar</source>
        <translation>Save cover letter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Menulis surat pengantar…</source>
        <translation>Writing the cover letter…</translation>
    </message>
    <message>
        <source>Surat pengantar</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <source>Surat pengantar disimpan: {path}
Cetak, tanda tangani, dan kirim ke kantor kota bersama berkas data.</source>
        <translation>Cover letter saved: {path}
Print it, sign it and send it to the city office with the data file.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Terima data dari kelurahan</source>
        <translation>Receive data from kelurahan</translation>
    </message>
    <message>
        <source>Pilih berkas .jamsync…</source>
        <translation>Choose .jamsync files…</translation>
    </message>
    <message>
        <source>Uji coba saja (periksa tanpa menyimpan)</source>
        <translation>Trial run only (check without saving)</translation>
    </message>
    <message>
        <source>Pilih satu atau beberapa berkas kiriman kelurahan.</source>
        <translation>Choose one or more files sent by kelurahan offices.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Lebih lama</source>
        <translation>Older</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>NIK ganda</source>
        <translation>Duplicate NIK</translation>
    </message>
    <message>
        <source>Aktif kel./kota</source>
        <translation>Active kel./city</translation>
    </message>
    <message>
        <source>Terima kunci…</source>
        <translation>Accept key…</translation>
    </message>
    <message>
        <source>Kunci {name} diterima (sidik {fp}); berkasnya diimpor lagi.</source>
        <translation>Key of {name} accepted (fingerprint {fp}); its files are imported again.</translation>
    </message>
    <message>
        <source>Konflik &amp;&amp; NIK ganda</source>
        <translation>Conflicts &amp;&amp; duplicate NIKs</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Konflik &amp;&amp; NIK ganda ({n})</source>
        <translation>Conflicts &amp;&amp; duplicate NIKs ({n})</translation>
    </message>
    <message>
        <source>Berkas kiriman kelurahan</source>
        <translation>Files sent by kelurahan offices</translation>
    </message>
    <message>
        <source>Berkas sinkronisasi (*.jamsync);;Semua berkas (*)</source>
        <translation>Sync files (*.jamsync);;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa dan menggabungkan {n} berkas…</source>
        <translation>Checking and merging files ({n})…</translation>
    </message>
    <message>
        <source>{ok} berkas diterima, {bad} ditolak.</source>
        <translation>Files accepted: {ok}, refused: {bad}.</translation>
    </message>
    <message>
        <source>UJI COBA — tidak ada yang disimpan. </source>
        <translation>TRIAL RUN — nothing was saved. </translation>
    </message>
    <message>
        <source>Tidak ada catatan: semua jumlah cocok.</source>
        <translation>No remarks: all counts match.</translation>
    </message>
</context>
<context>
    <name>IssuesDialog</name>
    <message>
        <source>Konflik dan NIK ganda dari sinkronisasi</source>
        <translation>Conflicts and duplicate NIKs from synchronisation</translation>
    </message>
    <message>
        <source>Tampilkan yang sudah selesai</source>
        <translation>Show resolved ones</translation>
    </message>
    <message>
        <source>Ambil catatan berikutnya untuk saya</source>
        <translation>Take the next item for me</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Peserta / NIK</source>
        <translation>Participant / NIK</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Versi kelurahan (berkas)</source>
        <translation>Kelurahan version (file)</translation>
    </message>
    <message>
        <source>Versi kota (sekarang)</source>
        <translation>City version (current)</translation>
    </message>
    <message>
        <source>Catatan keputusan:</source>
        <translation>Decision note:</translation>
    </message>
    <message>
        <source>misalnya: sudah dikonfirmasi lewat telepon dengan kelurahan</source>
        <translation>for example: confirmed with the kelurahan by telephone</translation>
    </message>
    <message>
        <source>Pakai versi kelurahan</source>
        <translation>Use the kelurahan version</translation>
    </message>
    <message>
        <source>Pertahankan versi kota</source>
        <translation>Keep the city version</translation>
    </message>
    <message>
        <source>Pertahankan yang dipilih, arsipkan lainnya</source>
        <translation>Keep the selected one, archive the others</translation>
    </message>
    <message>
        <source>Kembalikan ke kelurahan</source>
        <translation>Send back to the kelurahan</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tidak ada catatan terbuka yang belum ditangani orang lain.</source>
        <translation>No open item is left that someone else is not handling.</translation>
    </message>
    <message>
        <source>Tidak ada konflik atau NIK ganda yang menunggu keputusan.</source>
        <translation>No conflicts or duplicate NIKs are waiting for a decision.</translation>
    </message>
    <message>
        <source>{name}: versi dari berkas kelurahan dan versi di kota (baris tebal berbeda).</source>
        <translation>{name}: the version from the kelurahan file and the city&apos;s version (rows in bold differ).</translation>
    </message>
    <message>
        <source>NIK {nik} terdaftar lebih dari sekali. Pilih pendaftaran yang dipertahankan; yang lain diarsipkan.</source>
        <translation>NIK {nik} is registered more than once. Choose the registration to keep; the others are archived.</translation>
    </message>
    <message>
        <source> (diarsipkan)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kategori / status</source>
        <translation>Category / status</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Versi kelurahan dipakai</source>
        <translation>Kelurahan version used</translation>
    </message>
    <message>
        <source>Versi kota dipertahankan</source>
        <translation>City version kept</translation>
    </message>
    <message>
        <source>Satu pendaftaran dipertahankan, lainnya diarsipkan</source>
        <translation>One registration kept, the others archived</translation>
    </message>
    <message>
        <source>Dikembalikan ke kelurahan</source>
        <translation>Sent back to the kelurahan</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>NIK ganda</source>
        <translation>Duplicate NIK</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
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
        <source>TMT</source>
        <translation>Start of duty (TMT)</translation>
    </message>
    <message>
        <source>Ikut JHT</source>
        <translation>Join JHT (old-age savings)</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Data kategori</source>
        <translation>Category data</translation>
    </message>
    <message>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Diubah (UTC)</source>
        <translation>Changed (UTC)</translation>
    </message>
    <message>
        <source>UUID yang sama sudah terdaftar untuk kelurahan {name}</source>
        <translation>The same UUID is already registered for kelurahan {name}</translation>
    </message>
    <message>
        <source>Revisi {revision} berbeda isi: {fields}</source>
        <translation>Revision {revision} differs in: {fields}</translation>
    </message>
    <message>
        <source>waktu</source>
        <translation>time</translation>
    </message>
    <message>
        <source>{n} pendaftaran aktif dengan NIK yang sama</source>
        <translation>{n} live enrolments with the same NIK</translation>
    </message>
    <message>
        <source>Catatan konflik nomor {n} tidak ada.</source>
        <translation>Conflict record {n} does not exist.</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
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
        <source>Catatan ini bukan konflik.</source>
        <translation>This record is not a conflict.</translation>
    </message>
    <message>
        <source>Pilihan penyelesaian konflik tidak dikenal.</source>
        <translation>Unknown way of resolving the conflict.</translation>
    </message>
    <message>
        <source>Catatan sinkronisasi tidak ditemukan.</source>
        <translation>Sync item not found.</translation>
    </message>
    <message>
        <source>Peserta dalam konflik ini tidak ada lagi di basis data kota.</source>
        <translation>The participant in this conflict is no longer in the city database.</translation>
    </message>
    <message>
        <source>Data peserta di kota sudah berubah sejak konflik dicatat; pertahankan versi kota atau terima berkas terbaru dari kelurahan.</source>
        <translation>The city&apos;s data for this participant changed since the conflict was recorded; keep the city&apos;s version or receive the kelurahan&apos;s newest file.</translation>
    </message>
    <message>
        <source>Catatan ini bukan NIK ganda.</source>
        <translation>This record is not a duplicate NIK.</translation>
    </message>
    <message>
        <source>Tulis catatan untuk kelurahan: apa yang harus diperbaiki.</source>
        <translation>Write a note for the kelurahan: what must be corrected.</translation>
    </message>
    <message>
        <source>Pendaftaran yang dipertahankan harus salah satu dari daftar.</source>
        <translation>The enrolment kept must be one of the list.</translation>
    </message>
    <message>
        <source>Pendaftaran yang dipilih sudah diarsipkan; pilih yang masih aktif.</source>
        <translation>The chosen enrolment is archived; choose a live one.</translation>
    </message>
</context>
<context>
    <name>container</name>
    <message>
        <source>Berkas sinkronisasi berisi data mampat berlebihan (kemungkinan berkas jebakan); tidak diproses.</source>
        <translation>The sync file holds over-compressed data (possibly a trap file); not processed.</translation>
    </message>
    <message>
        <source>Berkas sinkronisasi rusak (isi arsip tidak utuh). Minta kelurahan mengirim ulang berkasnya.</source>
        <translation>The sync file is damaged (its archive is incomplete). Ask the kelurahan to send the file again.</translation>
    </message>
    <message>
        <source>Berkas terenkripsi tidak dapat dibuka: isinya telah diubah atau terpotong.</source>
        <translation>The encrypted file cannot be opened: its content was changed or cut short.</translation>
    </message>
    <message>
        <source>bukan JSON</source>
        <translation>not JSON</translation>
    </message>
    <message>
        <source>kepala bagian tidak dikenal atau tidak berurutan</source>
        <translation>unknown or out-of-order section header</translation>
    </message>
    <message>
        <source>rekaman di luar bagian</source>
        <translation>record outside a section</translation>
    </message>
    <message>
        <source>rekaman harus larik {n} nilai</source>
        <translation>a record must be an array of {n} values</translation>
    </message>
    <message>
        <source>jenis rekaman tidak sesuai bagiannya</source>
        <translation>record kind does not match its section</translation>
    </message>
    <message>
        <source>lebih banyak rekaman dari yang dinyatakan manifest</source>
        <translation>more records than the manifest states</translation>
    </message>
    <message>
        <source>Berkas sinkronisasi terlalu besar; tidak diproses.</source>
        <translation>The sync file is too large; not processed.</translation>
    </message>
    <message>
        <source>Berkas rusak atau bukan berkas sinkronisasi Jamsostek (arsip tidak dapat dibuka; mungkin terpotong saat disalin).</source>
        <translation>The file is damaged or not a Jamsostek sync file (the archive cannot be opened; it may have been cut short while copying).</translation>
    </message>
    <message>
        <source>Berkas bukan berkas sinkronisasi Jamsostek yang utuh (isi arsip tidak sesuai format).</source>
        <translation>The file is not a complete Jamsostek sync file (the archive does not follow the format).</translation>
    </message>
    <message>
        <source>Manifest berkas sinkronisasi rusak (bukan JSON).</source>
        <translation>The sync file&apos;s manifest is damaged (not JSON).</translation>
    </message>
    <message>
        <source>Berkas bukan berkas sinkronisasi Jamsostek.</source>
        <translation>The file is not a Jamsostek sync file.</translation>
    </message>
    <message>
        <source>Berkas dibuat dengan format versi {version}, lebih baru dari yang dikenal program ini (versi {known}). Perbarui Jamsostek Desktop di kantor kota.</source>
        <translation>The file uses format version {version}, newer than this program knows (version {known}). Update Jamsostek Desktop at the city office.</translation>
    </message>
    <message>
        <source>Manifest berkas sinkronisasi tidak valid.</source>
        <translation>The sync file&apos;s manifest is not valid.</translation>
    </message>
    <message>
        <source>Tanda tangan berkas tidak cocok: manifest telah diubah atau tanda tangannya palsu. Berkas ditolak.</source>
        <translation>The file&apos;s signature does not match: the manifest was changed or the signature is forged. File refused.</translation>
    </message>
    <message>
        <source>Payload yang disebut manifest tidak ada di berkas.</source>
        <translation>The payload the manifest names is not in the file.</translation>
    </message>
    <message>
        <source>Ukuran isi berkas tidak cocok dengan manifest.</source>
        <translation>The size of the file&apos;s content does not match the manifest.</translation>
    </message>
    <message>
        <source>Isi berkas tidak cocok dengan manifest (sidik SHA-256 berbeda): berkas rusak atau telah diubah.</source>
        <translation>The file&apos;s content does not match the manifest (different SHA-256 fingerprint): the file is damaged or was changed.</translation>
    </message>
    <message>
        <source>Berkas dienkripsi untuk kunci kantor kota yang tidak ada di komputer ini (sidik kunci {fingerprint}). Pasang kunci privat kota dengan &apos;jamsostek city-key --install-secret&apos;.</source>
        <translation>The file is encrypted for a city office key that is not on this computer (key fingerprint {fingerprint}). Install the city&apos;s private key with &apos;jamsostek city-key --install-secret&apos;.</translation>
    </message>
    <message>
        <source>Berkas terenkripsi tidak dapat dibuka: isinya telah diubah.</source>
        <translation>The encrypted file cannot be opened: its content was changed.</translation>
    </message>
    <message>
        <source>Isi berkas terenkripsi rusak.</source>
        <translation>The encrypted file&apos;s content is damaged.</translation>
    </message>
    <message>
        <source>Isi berkas lebih besar dari yang dinyatakan manifest; tidak diproses.</source>
        <translation>The file&apos;s content is larger than the manifest states; not processed.</translation>
    </message>
    <message>
        <source>Berkas berisi terlalu banyak rekaman; tidak diproses.</source>
        <translation>The file holds too many records; not processed.</translation>
    </message>
    <message>
        <source>Isi berkas bukan teks UTF-8.</source>
        <translation>The file&apos;s content is not UTF-8 text.</translation>
    </message>
    <message>
        <source>baris {n}: bukan JSON</source>
        <translation>line {n}: not JSON</translation>
    </message>
    <message>
        <source>UUID muncul dua kali dalam berkas</source>
        <translation>UUID appears twice in the file</translation>
    </message>
    <message>
        <source>baris {n}: {problems}</source>
        <translation>line {n}: {problems}</translation>
    </message>
    <message>
        <source>Ada rekaman yang tidak valid di berkas; seluruh berkas ditolak.</source>
        <translation>The file holds invalid records; the whole file is refused.</translation>
    </message>
    <message>
        <source>Jumlah rekaman ({records}, tombstone {tombstones}) tidak sama dengan manifest ({expected}, tombstone {expected_tombstones}).</source>
        <translation>The record count ({records}, tombstones {tombstones}) differs from the manifest ({expected}, tombstones {expected_tombstones}).</translation>
    </message>
    <message>
        <source>Jumlah rekaman masa jabatan ({found}) tidak sama dengan manifest ({expected}).</source>
        <translation>The number of tenure records ({found}) differs from the manifest ({expected}).</translation>
    </message>
    <message>
        <source>Memeriksa isi berkas gagal ({reason}); tidak ada yang digabung.</source>
        <translation>Checking the file&apos;s contents failed ({reason}); nothing was merged.</translation>
    </message>
    <message>
        <source>pemeriksa berkas berhenti tiba-tiba</source>
        <translation>the file checker stopped unexpectedly</translation>
    </message>
    <message>
        <source>pemeriksa dan pembaca berkas tidak sepakat</source>
        <translation>the file checker and the file reader disagree</translation>
    </message>
</context>
<context>
    <name>cover_letter</name>
    <message>
        <source>Surat pengantar</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <source>Surat pengantar dibuat di basis data kelurahan.</source>
        <translation>The cover letter is made in a kelurahan database.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Berkas TIDAK dienkripsi: kunci publik kantor kota belum dipasang. Siapa pun yang memegang berkas ini dapat membaca NIK, nama dan alamat peserta. Pasang kunci dari kantor kota (jamsostek city-key --import BERKAS.pub) agar berkas berikutnya terenkripsi.</source>
        <translation>The file is NOT encrypted: the city office&apos;s public key is not installed. Anyone holding this file can read the participants&apos; NIKs, names and addresses. Install the key from the city office (jamsostek city-key --import FILE.pub) so the next files are encrypted.</translation>
    </message>
    <message>
        <source>Basis data kantor kota tidak mengirim data; gunakan &apos;Terima data&apos;.</source>
        <translation>A city office database does not send data; use &apos;Receive data&apos;.</translation>
    </message>
    <message>
        <source>Pengiriman nomor {n} tidak ada di catatan instalasi ini.</source>
        <translation>Send number {n} is not in this installation&apos;s records.</translation>
    </message>
    <message>
        <source>Tidak ada perubahan sejak pengiriman terakhir; tidak ada berkas yang dibuat.</source>
        <translation>No changes since the last send; no file was made.</translation>
    </message>
    <message>
        <source>Berkas sinkronisasi</source>
        <translation>Sync file</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada (flash disk belum terpasang?). Pilih folder yang ada; tidak ada berkas yang ditulis.</source>
        <translation>The folder {folder} does not exist (is the flash drive plugged in?). Choose a folder that exists; no file was written.</translation>
    </message>
    <message>
        <source>Tidak ada perubahan sejak pengiriman terakhir (nomor {n}, {when}); tidak ada berkas yang dibuat.</source>
        <translation>No changes since the last file (number {n}, {when}); no file was written.</translation>
    </message>
    <message>
        <source>{message} Tulis ulang dengan kirim ulang nomor {n}.</source>
        <translation>{message} Write it again by resending number {n}.</translation>
    </message>
    <message>
        <source>terenkripsi untuk {city}.</source>
        <translation>encrypted for {city}.</translation>
    </message>
    <message>
        <source>TIDAK terenkripsi.</source>
        <translation>NOT encrypted.</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>full</translation>
    </message>
    <message>
        <source>kirim ulang</source>
        <translation>resend</translation>
    </message>
    <message>
        <source>Berkas nomor {n} ditulis: {count} rekaman ({tombstones} diarsipkan), {kind}; {sealed}</source>
        <translation>File number {n} written: {count} records ({tombstones} archived), {kind}; {sealed}</translation>
    </message>
    <message>
        <source>Berkas nomor {n} ditulis: {count} rekaman ({tombstones} diarsipkan); {sealed}</source>
        <translation>File number {n} written: {count} records ({tombstones} archived); {sealed}</translation>
    </message>
    <message>
        <source>Membaca data untuk berkas kirim gagal ({reason}); tidak ada berkas yang ditulis.</source>
        <translation>Reading the data for the sync file failed ({reason}); no file was written.</translation>
    </message>
    <message>
        <source>pembaca data berhenti tiba-tiba</source>
        <translation>the data reader stopped unexpectedly</translation>
    </message>
</context>
<context>
    <name>import_report</name>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Sudah pernah diterima</source>
        <translation>Already received</translation>
    </message>
    <message>
        <source>Uji coba (tidak disimpan)</source>
        <translation>Trial run (not saved)</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Berkas nomor {numbers} dari kelurahan ini belum diterima; minta kelurahan mengirim ulang (Kirim data &gt; kirim ulang).</source>
        <translation>File number(s) {numbers} from this kelurahan have not been received; ask the kelurahan to resend them (Send data &gt; resend).</translation>
    </message>
    <message>
        <source>Jumlah peserta aktif tidak cocok: menurut kelurahan {expected}, di basis data kota {actual}.</source>
        <translation>The live participant counts differ: {expected} according to the kelurahan, {actual} in the city database.</translation>
    </message>
    <message>
        <source>Masa jabatan: {post} jabatan, {term} masa jabatan, {coverage} cakupan, {replacement} penggantian, {event} peristiwa, {claim} klaim diterima.</source>
        <translation>Terms: {post} posts, {term} terms, {coverage} coverage records, {replacement} replacements, {event} events, {claim} claims received.</translation>
    </message>
    <message>
        <source>{n} keputusan data ganda diterima.</source>
        <translation>{n} decisions on duplicates received.</translation>
    </message>
    <message>
        <source>{n} konflik menunggu keputusan di daftar konflik.</source>
        <translation>Conflicts awaiting a decision in the conflict list: {n}.</translation>
    </message>
    <message>
        <source>{n} NIK ganda menunggu keputusan di daftar konflik.</source>
        <translation>Duplicate NIKs awaiting a decision in the conflict list: {n}.</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Hanya basis data kantor kota yang menerima berkas sinkronisasi.</source>
        <translation>Only a city office database receives sync files.</translation>
    </message>
    <message>
        <source>Berkas sinkronisasi terlalu besar; tidak diproses.</source>
        <translation>The sync file is too large; not processed.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: {reason}.</source>
        <translation>The file cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Berkas ini dari {name} ({code}), {city}, bukan dari wilayah kota ini ({own}). Berkas ditolak.</source>
        <translation>This file is from {name} ({code}), {city}, not from this city&apos;s area ({own}). File refused.</translation>
    </message>
    <message>
        <source>kota lain</source>
        <translation>another city</translation>
    </message>
    <message>
        <source>Riwayat log audit kelurahan ini berubah sejak kiriman nomor {n}: entri sampai #{id} tidak lagi sama dengan yang dikirim waktu itu (diubah di luar program, atau dipulihkan dari cadangan lain). Tanyakan ke kelurahan.</source>
        <translation>This kelurahan&apos;s audit log history changed since file number {n}: the entries up to #{id} are no longer what was sent then (changed outside the program, or restored from another backup). Ask the kelurahan.</translation>
    </message>
    <message>
        <source>Log audit kelurahan ini lebih pendek dari kiriman sebelumnya (#{now}, dulu #{before}): mungkin dipulihkan dari cadangan lama, atau entrinya dihapus. Tanyakan ke kelurahan.</source>
        <translation>This kelurahan&apos;s audit log is shorter than in an earlier file (#{now}, before #{before}): perhaps restored from an old backup, or entries were deleted. Ask the kelurahan.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Berkas kunci</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Berkas kunci tidak dapat dibaca: {name}.</source>
        <translation>The key file cannot be read: {name}.</translation>
    </message>
    <message>
        <source>{name} bukan berkas kunci yang diharapkan ({kind}).</source>
        <translation>{name} is not the expected key file ({kind}).</translation>
    </message>
    <message>
        <source>Berkas kunci instalasi rusak: {path}</source>
        <translation>The installation key file is damaged: {path}</translation>
    </message>
    <message>
        <source>Sidik kunci instalasi dipakai di basis data kelurahan.</source>
        <translation>The installation key fingerprint belongs to a kelurahan database.</translation>
    </message>
    <message>
        <source>Pasangan kunci kota dibuat di basis data kantor kota (mode kota).</source>
        <translation>The city key pair is made in the city office database (city mode).</translation>
    </message>
    <message>
        <source>Berkas sudah ada dan tidak ditimpa: {path}</source>
        <translation>The file already exists and was not overwritten: {path}</translation>
    </message>
    <message>
        <source>Berkas kunci publik</source>
        <translation>Public key file</translation>
    </message>
    <message>
        <source>Berkas kunci privat kota rusak.</source>
        <translation>The city&apos;s private key file is damaged.</translation>
    </message>
    <message>
        <source>Berkas kunci publik kota rusak.</source>
        <translation>The city&apos;s public key file is damaged.</translation>
    </message>
    <message>
        <source>Kunci publik kota dipasang di basis data kelurahan.</source>
        <translation>The city&apos;s public key is installed in a kelurahan database.</translation>
    </message>
    <message>
        <source>Kunci ini milik {city} ({code}), bukan kota kelurahan ini ({own}).</source>
        <translation>This key belongs to {city} ({code}), not to this kelurahan&apos;s city ({own}).</translation>
    </message>
</context>
<context>
    <name>manifest</name>
    <message>
        <source>{where} harus objek</source>
        <translation>{where} must be an object</translation>
    </message>
    <message>
        <source>{key} tidak ada</source>
        <translation>{key} is missing</translation>
    </message>
    <message>
        <source>{key} bertipe salah</source>
        <translation>{key} has the wrong type</translation>
    </message>
    <message>
        <source>{key} tidak valid</source>
        <translation>{key} is not valid</translation>
    </message>
    <message>
        <source>{where}kolom tidak dikenal: {keys}</source>
        <translation>{where}unknown keys: {keys}</translation>
    </message>
    <message>
        <source>{where}fields: lebih dari {n} field</source>
        <translation>{where}fields: more than {n} fields</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{key} tidak dikenal pada format versi 1</source>
        <translation>{key} is unknown in format version 1</translation>
    </message>
    <message>
        <source>manifest harus objek</source>
        <translation>the manifest must be an object</translation>
    </message>
    <message>
        <source>{key}: kode kategori ganda</source>
        <translation>{key}: duplicate category code</translation>
    </message>
    <message>
        <source>rentang perubahan terbalik</source>
        <translation>the change range is reversed</translation>
    </message>
    <message>
        <source>jumlah tombstone melebihi jumlah rekaman</source>
        <translation>more tombstones than records</translation>
    </message>
    <message>
        <source>payload.sealed_to tidak sesuai dengan nama payload</source>
        <translation>payload.sealed_to does not fit the payload name</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>bukan objek JSON</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>kolom tidak ada: {keys}</source>
        <translation>missing keys: {keys}</translation>
    </message>
    <message>
        <source>kolom tidak dikenal: {keys}</source>
        <translation>unknown keys: {keys}</translation>
    </message>
    <message>
        <source>UUID tidak valid</source>
        <translation>invalid UUID</translation>
    </message>
    <message>
        <source>revisi harus bilangan bulat positif</source>
        <translation>the revision must be a positive whole number</translation>
    </message>
    <message>
        <source>updated_at, created_at atau archived_at bukan waktu yang valid</source>
        <translation>updated_at, created_at or archived_at is not a valid time</translation>
    </message>
    <message>
        <source>kategori &apos;{code}&apos; tidak dikenal</source>
        <translation>unknown category &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>kode kategori tidak valid</source>
        <translation>invalid category code</translation>
    </message>
    <message>
        <source>status tidak dikenal</source>
        <translation>unknown status</translation>
    </message>
    <message>
        <source>tombstone dan program_jht harus true/false</source>
        <translation>tombstone and program_jht must be true/false</translation>
    </message>
    <message>
        <source>NIK harus 16 digit</source>
        <translation>the NIK must have 16 digits</translation>
    </message>
    <message>
        <source>{key} harus teks (paling panjang {n} huruf)</source>
        <translation>{key} must be text (at most {n} characters)</translation>
    </message>
    <message>
        <source>nama kosong</source>
        <translation>empty name</translation>
    </message>
    <message>
        <source>tanggal_lahir bukan tanggal yang valid</source>
        <translation>tanggal_lahir is not a valid date</translation>
    </message>
    <message>
        <source>{key} bukan tanggal yang valid</source>
        <translation>{key} is not a valid date</translation>
    </message>
    <message>
        <source>jenis kelamin harus L atau P</source>
        <translation>sex must be L or P</translation>
    </message>
    <message>
        <source>RT dan RW harus angka 1-999</source>
        <translation>RT and RW must be numbers 1-999</translation>
    </message>
    <message>
        <source>penghasilan harus angka</source>
        <translation>penghasilan must be a number</translation>
    </message>
    <message>
        <source>fields harus objek</source>
        <translation>fields must be an object</translation>
    </message>
    <message>
        <source>fields: &apos;{key}&apos; bukan field kategori ini</source>
        <translation>fields: &apos;{key}&apos; is not a field of this category</translation>
    </message>
    <message>
        <source>fields: nilai &apos;{key}&apos; harus teks atau angka</source>
        <translation>fields: the value of &apos;{key}&apos; must be text or a number</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>&amp;Terima data…</source>
        <translation>&amp;Receive data…</translation>
    </message>
    <message>
        <source>&amp;Konflik &amp;&amp; NIK ganda…</source>
        <translation>&amp;Conflicts &amp;&amp; duplicate NIKs…</translation>
    </message>
    <message>
        <source>&amp;Kirim data…</source>
        <translation>&amp;Send data…</translation>
    </message>
</context>
<context>
    <name>tenure_records</name>
    <message>
        <source>jenis rekaman &apos;{kind}&apos; tidak dikenal</source>
        <translation>unknown record kind &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>kolom tidak ada: {keys}</source>
        <translation>missing columns: {keys}</translation>
    </message>
    <message>
        <source>kolom tidak dikenal: {keys}</source>
        <translation>unknown columns: {keys}</translation>
    </message>
    <message>
        <source>{kind}.{key} tidak valid</source>
        <translation>{kind}.{key} is not valid</translation>
    </message>
    <message>
        <source>revisi harus bilangan bulat positif</source>
        <translation>revision must be a positive whole number</translation>
    </message>
</context>
<context>
    <name>tenure_rows</name>
    <message>
        <source>Rekaman {kind} {uuid} merujuk {ref} {target} yang tidak ada di basis data kota; berkas ditolak. Minta kelurahan mengirim berkas lengkap (--full).</source>
        <translation>Record {kind} {uuid} refers to {ref} {target}, which the city database does not hold; the file was refused. Ask the kelurahan to send a full file (--full).</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>Bandingkan sidik kunci itu dengan yang dibacakan kelurahan lewat telepon atau yang tertulis di surat pengantarnya. Bila sama, administrator menerima kuncinya (Terima data &gt; Terima kunci…, atau &apos;jamsostek sync-accept-key BERKAS --sidik &quot;XXXX XXXX XXXX XXXX XXXX&quot;&apos;), lalu berkas diimpor lagi. Bila berbeda, jangan terima: berkas itu bukan dari kelurahan tersebut.</source>
        <translation>Compare that fingerprint with the one the kelurahan reads out on the telephone or writes on its cover letter. If they are the same, an administrator accepts the key (Receive data &gt; Accept key…, or &apos;jamsostek sync-accept-key FILE --sidik &quot;XXXX XXXX XXXX XXXX XXXX&quot;&apos;), then the file is imported again. If they differ, do not accept it: the file is not from that kelurahan.</translation>
    </message>
    <message>
        <source>{name} ({code}) sudah mengirim data dari komputer lain; berkas ini dari instalasi baru dengan sidik kunci {found}. {how}</source>
        <translation>{name} ({code}) already sends data from another computer; this file is from a new installation with key fingerprint {found}. {how}</translation>
    </message>
    <message>
        <source>Berkas ini mengaku dari {name} ({code}), dari instalasi yang belum dikenal kantor kota (sidik kunci {found}). Berkas belum digabung. {how}</source>
        <translation>This file claims to come from {name} ({code}), from an installation the city office does not know yet (key fingerprint {found}). The file was not merged. {how}</translation>
    </message>
    <message>
        <source>Instalasi pengirim terdaftar untuk kelurahan {known}, bukan {code}. Berkas ditolak.</source>
        <translation>The sending installation is registered for kelurahan {known}, not {code}. The file was refused.</translation>
    </message>
    <message>
        <source>Berkas dari {name} ditandatangani kunci yang berbeda dari kunci yang dikenal untuk instalasinya (dikenal {known}, berkas {found}). {how}</source>
        <translation>The file from {name} is signed with a key other than the one known for its installation (known {known}, file {found}). {how}</translation>
    </message>
    <message>
        <source>Dua berkas dari instalasi yang sama memakai kunci berbeda. {how}</source>
        <translation>Two files from the same installation use different keys. {how}</translation>
    </message>
    <message>
        <source>Kunci instalasi tidak valid.</source>
        <translation>The installation key is not valid.</translation>
    </message>
    <message>
        <source>Ketik sidik kunci lengkap dari surat pengantar: 20 huruf/angka dalam 5 kelompok, contoh 3F2A 91C0 5B7D 0E44 A1C9.</source>
        <translation>Type the whole key fingerprint from the cover letter: 20 letters/digits in 5 groups, for example 3F2A 91C0 5B7D 0E44 A1C9.</translation>
    </message>
    <message>
        <source>Sidik kunci yang diketik tidak sama dengan kunci yang menandatangani berkas {name}. Kunci TIDAK diterima. Periksa lagi surat pengantarnya atau hubungi kelurahan: bisa jadi berkas ini bukan dari mereka.</source>
        <translation>The fingerprint typed is not that of the key that signed the file from {name}. The key was NOT accepted. Check the cover letter again or call the kelurahan: this file may not be from them.</translation>
    </message>
</context>
</TS>
