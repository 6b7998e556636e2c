<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Tekan Pratinjau untuk melihat dokumen.</source>
        <translation>Press Preview to see the document.</translation>
    </message>
    <message>
        <source>&amp;Pratinjau</source>
        <translation>Pre&amp;view</translation>
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
        <source>%1 halaman, %2 peserta</source>
        <translation>Pages: %1, participants: %2</translation>
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
        <source>Tidak ada penampil PDF yang terpasang. Simpan berkasnya lalu buka dengan program lain.</source>
        <translation>No PDF viewer is installed. Save the file, then open it with another program.</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <source>contoh: CAMAT METRO TIMUR</source>
        <translation>e.g. CAMAT METRO TIMUR</translation>
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
        <source>Dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang sesuai pilihan ini; tidak ada yang dicetak.</source>
        <translation>No participant matches this choice; nothing was printed.</translation>
    </message>
    <message>
        <source>Data berubah selama pencetakan; silakan cetak ulang.</source>
        <translation>The data changed while printing; please print again.</translation>
    </message>
    <message>
        <source>Daftar nominatif peserta</source>
        <translation>Participant roster</translation>
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
</context>
</TS>
