<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Tekan Pratinjau untuk melihat dokumen.</source>
        <translation>Press Preview to see the document.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Hanya status %1</source>
        <translation>Only status %1</translation>
    </message>
    <message>
        <source>Dokumen yang ditandatangani memuat peserta aktif atau usulan saja; status lain dicetak dengan kolom status.</source>
        <translation>A document for signature lists active participants or the proposal only; other statuses are printed with a status column.</translation>
    </message>
    <message>
        <source>Isi daftar</source>
        <translation>Who is listed</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>Wilayah RW/RT</source>
        <translation>RW/RT area</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Tegak</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Melintang</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>bawaan: Keadaan per tanggal cetak</source>
        <translation>default: as of the printing date</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tanggal tanda tangan</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>Penanda tangan (kanan)</source>
        <translation>Signatory (right)</translation>
    </message>
    <message>
        <source>&quot;Mengetahui,&quot; (kiri)</source>
        <translation>Countersigned by (left)</translation>
    </message>
    <message>
        <source>Ubah kop surat dan penanda tangan bawaan…</source>
        <translation>Change the letterhead and default signers…</translation>
    </message>
    <message>
        <source>&amp;Pratinjau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Cetak ke printer…</source>
        <translation>&amp;Print to printer…</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Buka di penampil PDF</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Kelompok: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>Seluruh kota</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Halaman pertama ditampilkan; dokumen lengkap sedang disiapkan…</source>
        <translation>The first pages are shown; the whole document is being prepared…</translation>
    </message>
    <message>
        <source>%1 halaman, %2 peserta</source>
        <translation>Pages: %1, participants: %2</translation>
    </message>
    <message>
        <source>Pembuatan dokumen dibatalkan.</source>
        <translation>Making the document was cancelled.</translation>
    </message>
    <message>
        <source>Dokumen gagal dibuat karena kesalahan program. Rinciannya tercatat di log.</source>
        <translation>The document could not be made because of a program error. The details are in the log.</translation>
    </message>
    <message>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Tidak ada penampil PDF yang terpasang di komputer ini, jadi dokumen tidak dapat dibuka. Dokumen sudah disimpan di %1; gunakan Cetak ke printer atau Simpan PDF, atau pasang penampil PDF.</source>
        <translation>No PDF viewer is installed on this computer, so the document cannot be opened. It was saved in %1; use Print to printer or Save PDF, or install a PDF viewer.</translation>
    </message>
    <message>
        <source>%1 halaman dikirim ke printer.</source>
        <translation>%1 pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Kota/kabupaten</source>
        <translation>City/regency</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>contoh: Dinas Tenaga Kerja</source>
        <translation>e.g. the department of manpower, as printed</translation>
    </message>
    <message>
        <source>Jalan dan nomor</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>contoh: Jalan Jenderal Sudirman Nomor 12</source>
        <translation>street and number, as printed on the letterhead</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Pos-el</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kop surat dan penanda tangan</source>
        <translation>Letterhead and signers</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Pilih berkas logo…</source>
        <translation>Choose a logo file…</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Logo daerah</source>
        <translation>Regional emblem</translation>
    </message>
    <message>
        <source>Kop dicetak dalam kata lengkap: Jl. menjadi Jalan, No. menjadi Nomor, Telp. menjadi Telepon. Kota dan kelurahan dicetak dengan huruf kapital.</source>
        <translation>The letterhead prints abbreviations in full words (street, number, telephone) and the city and kelurahan in capitals.</translation>
    </message>
    <message>
        <source>Penanda tangan (kanan): kepala kantor</source>
        <translation>Signer (right): head of the office</translation>
    </message>
    <message>
        <source>&quot;Mengetahui,&quot; (kiri): Wali Kota/Bupati</source>
        <translation>&quot;Acknowledged,&quot; (left): mayor/regent</translation>
    </message>
    <message>
        <source>&quot;Mengetahui,&quot; (kiri): Camat</source>
        <translation>&quot;Acknowledged,&quot; (left): district head (Camat)</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pangkat/Gol.</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>bawaan: %1</source>
        <translation>default: %1</translation>
    </message>
    <message>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>kosong: garis untuk ditulis tangan</source>
        <translation>empty: a line to write by hand</translation>
    </message>
    <message>
        <source>Kop surat seperti yang akan dicetak</source>
        <translation>The letterhead as it will be printed</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat mengubah kop surat dan penanda tangan.</source>
        <translation>Only an administrator can change the letterhead and signers.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Berkas logo harus gambar PNG atau JPEG, paling besar 2 MB.</source>
        <translation>The logo must be a PNG or JPEG image of at most 2 MB.</translation>
    </message>
    <message>
        <source>Pilih logo daerah</source>
        <translation>Choose the regional emblem</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <source>contoh: CAMAT METRO TIMUR</source>
        <translation>e.g. CAMAT METRO TIMUR</translation>
    </message>
    <message>
        <source>kosong: garis untuk ditulis tangan</source>
        <translation>empty: a line to write by hand</translation>
    </message>
    <message>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pangkat/Gol.</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
</context>
<context>
    <name>child</name>
    <message>
        <source>Program pencetak tidak dapat dijalankan ({reason}).</source>
        <translation>The printing program could not be started ({reason}).</translation>
    </message>
    <message>
        <source>Pembuatan dokumen berhenti sebelum selesai (program pencetak berakhir tiba-tiba). Silakan coba lagi.</source>
        <translation>The document stopped before it was finished (the printing program ended unexpectedly). Please try again.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Ukuran kertas &apos;{paper}&apos; tidak dikenal; pilih F4 atau A4.</source>
        <translation>Unknown paper size &apos;{paper}&apos;; choose F4 or A4.</translation>
    </message>
    <message>
        <source>Status &apos;{text}&apos; tidak dikenal; pilih salah satu: {names}.</source>
        <translation>Unknown status &apos;{text}&apos;; choose one of: {names}.</translation>
    </message>
    <message>
        <source>Kelompok kategori &apos;{group}&apos; tidak ada di katalog.</source>
        <translation>Category group &apos;{group}&apos; is not in the catalogue.</translation>
    </message>
    <message>
        <source>Nomor {name} tidak boleh negatif.</source>
        <translation>The {name} number cannot be negative.</translation>
    </message>
    <message>
        <source>RT {rt} tidak dapat dicetak tanpa RW-nya: nomor RT berulang di setiap RW. Pilih juga RW.</source>
        <translation>RT {rt} cannot be printed without its RW: RT numbers repeat in every RW. Choose the RW as well.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang sesuai pilihan ini dan sudah memiliki kartu (nomor KPJ) ({names}); tidak ada yang dicetak.</source>
        <translation>No participant matching this choice has a card (KPJ number) yet ({names}); nothing was printed.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang sesuai pilihan ini ({names}); tidak ada yang dicetak. Pilih isi daftar lain, misalnya usulan atau semua status.</source>
        <translation>No participant matches this choice ({names}); nothing was printed. Choose another list, for example the proposal or every status.</translation>
    </message>
    <message>
        <source>Dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Daftar nama peserta (nominatif)</source>
        <translation>Participant roster</translation>
    </message>
    <message>
        <source>Data berubah selama pencetakan; silakan cetak ulang.</source>
        <translation>The data changed while printing; please print again.</translation>
    </message>
    <message>
        <source>Tanda terima kartu peserta</source>
        <translation>Membership card receipt</translation>
    </message>
    <message>
        <source>Rekapitulasi peserta dan iuran</source>
        <translation>Summary of participants and contributions</translation>
    </message>
    <message>
        <source>Jenis dokumen &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown document type &apos;{kind}&apos;.</translation>
    </message>
</context>
<context>
    <name>listing</name>
    <message>
        <source>Peserta aktif</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <source>Usulan (terverifikasi dan diajukan)</source>
        <translation>Proposal (verified and submitted)</translation>
    </message>
    <message>
        <source>Semua status, dengan kolom status</source>
        <translation>Every status, with a status column</translation>
    </message>
    <message>
        <source>Isi daftar &apos;{key}&apos; tidak dikenal; pilih salah satu: {names}.</source>
        <translation>Unknown list &apos;{key}&apos;; choose one of: {names}.</translation>
    </message>
    <message>
        <source>Status {status} tidak termasuk isi daftar &apos;{key}&apos;.</source>
        <translation>Status {status} is not part of the list &apos;{key}&apos;.</translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <source>Jabatan penanda tangan wajib diisi.</source>
        <translation>The signer&apos;s title is required.</translation>
    </message>
    <message>
        <source>Jabatan yang mengetahui wajib diisi.</source>
        <translation>The countersigner&apos;s title is required.</translation>
    </message>
    <message>
        <source>NIP penanda tangan harus 18 digit angka.</source>
        <translation>The signer&apos;s NIP has 18 digits.</translation>
    </message>
    <message>
        <source>NIP yang mengetahui harus 18 digit angka.</source>
        <translation>The countersigner&apos;s NIP has 18 digits.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Daftar nominatif…</source>
        <translation>Participant &amp;roster…</translation>
    </message>
    <message>
        <source>&amp;Tanda terima kartu…</source>
        <translation>Card &amp;receipt list…</translation>
    </message>
    <message>
        <source>&amp;Rekapitulasi…</source>
        <translation>&amp;Summary…</translation>
    </message>
    <message>
        <source>&amp;Kop surat dan penanda tangan…</source>
        <translation>&amp;Letterhead and signers…</translation>
    </message>
    <message>
        <source>Cetak ke printer</source>
        <translation>Print to printer</translation>
    </message>
    <message>
        <source>Mengirim halaman ke printer…</source>
        <translation>Sending pages to the printer…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
