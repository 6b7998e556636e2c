<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>CheckPage</name>
    <message>
        <source>Periksa hasil pemeriksaan</source>
        <translation>Review the check results</translation>
    </message>
    <message>
        <source>Belum ada data yang disimpan. Baris bermasalah tidak ikut diimpor; simpan laporannya, perbaiki di Excel, lalu impor berkas laporan itu.</source>
        <translation>Nothing has been saved yet. Rows with problems are not imported; save the report, correct them in Excel, then import that report file.</translation>
    </message>
    <message>
        <source>Hentikan pemeriksaan</source>
        <translation>Stop the check</translation>
    </message>
    <message>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Memeriksa setiap baris…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Belum ada data yang disimpan. Semua atau tidak sama sekali: bila ada baris bermasalah, tidak ada yang diimpor. Simpan laporannya, perbaiki di Excel, lalu impor lagi.</source>
        <translation>Nothing has been saved yet. All or nothing: if any row has a problem, nothing is imported. Save the report, correct the file in Excel, then import it again.</translation>
    </message>
    <message>
        <source>Pemeriksaan dihentikan. Kembali lalu lanjutkan untuk memeriksa lagi.</source>
        <translation>Check stopped. Go back, then forward again to check once more.</translation>
    </message>
    <message>
        <source>{sheet} baris {row}, {field}: {message}</source>
        <translation>{sheet} row {row}, {field}: {message}</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal: {reason}</source>
        <translation>Check failed: {reason}</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Impor Excel</source>
        <translation>Excel import</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>Berkas Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Ekspor Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <source>Lengkap: semua data, satu lembar per kategori, dengan ringkasan</source>
        <translation>Complete: all data, one sheet per category, with a summary</translation>
    </message>
    <message>
        <source>Daftar pendaftaran kolektif untuk kantor cabang BPJS</source>
        <translation>Collective registration list for the BPJS branch office</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Isi:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Peserta:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Berkas Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>%n peserta diekspor ke </source>
        <translation>
            <numerusform>%n participant exported to </numerusform>
            <numerusform>%n participants exported to </numerusform>
        </translation>
    </message>
    <message>
        <source>Ekspor gagal.</source>
        <translation>Export failed.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Berkas Excel (*.xlsx *.xlsm *.xls *.ods);;Semua berkas (*)</source>
        <translation>Excel files (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Pilih berkas Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <source>Berkas .xlsx, .xls atau .ods berisi daftar peserta. Judul laporan di atas tabel dan judul kolom yang digabung (merge) tidak masalah.</source>
        <translation>An .xlsx, .xls or .ods file with a list of participants. A report title above the table and merged column headings are fine.</translation>
    </message>
    <message>
        <source>Lokasi berkas</source>
        <translation>File location</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Tentukan dari berkas (kolom Kategori atau nama lembar)</source>
        <translation>Take it from the file (a category column or the sheet name)</translation>
    </message>
    <message>
        <source>Batalkan seluruh impor bila ada satu baris bermasalah (semua atau tidak sama sekali)</source>
        <translation>Cancel the whole import if any row has a problem (all or nothing)</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Berkas tidak dapat diimpor</source>
        <translation>The file cannot be imported</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Impor Excel</source>
        <translation>Excel import</translation>
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
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n peserta</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Peserta yang diimpor berstatus draf; periksa dan verifikasi seperti data yang diketik.</source>
        <translation>Imported participants are drafts; check and verify them like typed data.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Cocokkan kolom</source>
        <translation>Match columns</translation>
    </message>
    <message>
        <source>Periksa isi setiap kolom. Kolom yang tidak diperlukan pilih &apos;(abaikan)&apos;. Pilihan ini diingat untuk berkas berikutnya dengan judul kolom yang sama.</source>
        <translation>Check the content of every column. For columns that are not needed choose &apos;(ignore)&apos;. These choices are remembered for the next file with the same column headings.</translation>
    </message>
    <message>
        <source>— pilih: mungkin {field}? —</source>
        <translation>— choose: {field}? —</translation>
    </message>
    <message>
        <source>&lt;b&gt;{column}&lt;/b&gt;&lt;br&gt;&lt;small&gt;contoh: {samples}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{column}&lt;/b&gt;&lt;br&gt;&lt;small&gt;example: {samples}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>belum pasti: pilih isinya</source>
        <translation>not certain: choose what it holds</translation>
    </message>
    <message>
        <source>Isi {n} kolom belum pasti dari judulnya (ditandai). Pilih isinya, atau &apos;(abaikan)&apos;, sebelum melanjutkan.</source>
        <translation>What {n} column(s) hold is not certain from the header (marked). Choose what each holds, or &apos;(ignore)&apos;, before going on.</translation>
    </message>
    <message>
        <source>Pencocokan kolom</source>
        <translation>Column matching</translation>
    </message>
    <message>
        <source>Pilih dulu isi kolom yang belum pasti: {columns}.</source>
        <translation>First choose what these uncertain columns hold: {columns}.</translation>
    </message>
    <message>
        <source>Tentukan kolom NIK dan kolom Nama lengkap: {reason}.</source>
        <translation>Choose the NIK column and the full name column: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom di berkas</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Galat</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Data sudah tersimpan.</source>
        <translation>The data has been saved.</translation>
    </message>
</context>
<context>
    <name>bpjs_list</name>
    <message>
        <source>Berkas susunan kolom BPJS tidak dapat dibaca: {path} ({reason}).</source>
        <translation>The BPJS column layout file cannot be read: {path} ({reason}).</translation>
    </message>
    <message>
        <source>Berkas susunan kolom BPJS {name} rusak di baris {line}: periksa tanda koma dan kutip.</source>
        <translation>The BPJS column layout file {name} is broken at line {line}: check the commas and quotes.</translation>
    </message>
    <message>
        <source>{name}: kolom ke-{i} tidak punya &apos;judul&apos;.</source>
        <translation>{name}: column {i} has no &apos;judul&apos;.</translation>
    </message>
    <message>
        <source>{name}: kolom &apos;{column}&apos; perlu &apos;isi&apos; atau &apos;nilai&apos;.</source>
        <translation>{name}: column &apos;{column}&apos; needs &apos;isi&apos; or &apos;nilai&apos;.</translation>
    </message>
    <message>
        <source>{name}: kolom &apos;{column}&apos; berisi &apos;{source}&apos; yang tidak dikenal; pilihan: {choices}.</source>
        <translation>{name}: column &apos;{column}&apos; names an unknown &apos;{source}&apos;; choices: {choices}.</translation>
    </message>
    <message>
        <source>{name}: daftar &apos;kolom&apos; kosong.</source>
        <translation>{name}: the &apos;kolom&apos; list is empty.</translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <source>&amp;Impor Excel…</source>
        <translation>&amp;Import Excel…</translation>
    </message>
    <message>
        <source>&amp;Ekspor Excel…</source>
        <translation>E&amp;xport Excel…</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{rows} peserta diekspor ke {name} ({sheets} lembar).</source>
        <translation>{rows} participant(s) exported to {name} ({sheets} sheet(s)).</translation>
    </message>
    <message>
        <source>Templat &apos;{template}&apos; tidak dikenal; pilih full atau bpjs.</source>
        <translation>Unknown template &apos;{template}&apos;; choose full or bpjs.</translation>
    </message>
</context>
<context>
    <name>import_report</name>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Berkas {name}: {rows} baris data dibaca dari lembar {sheets}.</source>
        <translation>File {name}: {rows} data rows read from sheet(s) {sheets}.</translation>
    </message>
    <message>
        <source>Lembar &apos;{name}&apos; dilewati: {why}.</source>
        <translation>Sheet &apos;{name}&apos; skipped: {why}.</translation>
    </message>
    <message>
        <source>{valid} baris siap diimpor; {bad} baris bermasalah ({errors} galat, {warnings} peringatan).</source>
        <translation>{valid} row(s) ready to import; {bad} row(s) with problems ({errors} error(s), {warnings} warning(s)).</translation>
    </message>
    <message>
        <source>Pemeriksaan saja; belum ada data yang disimpan.</source>
        <translation>A check only; nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Bila diimpor sekarang: {reason}</source>
        <translation>If imported now: {reason}</translation>
    </message>
    <message>
        <source>Tidak ada yang disimpan: {reason}</source>
        <translation>Nothing was saved: {reason}</translation>
    </message>
    <message>
        <source>{n} peserta diimpor sebagai draf.</source>
        <translation>{n} participant(s) imported as drafts.</translation>
    </message>
    <message>
        <source>di mode kota berkas harus punya kolom Kode kelurahan</source>
        <translation>in city mode the file needs a kelurahan code column</translation>
    </message>
    <message>
        <source>lembar &apos;{name}&apos;: {why}</source>
        <translation>sheet &apos;{name}&apos;: {why}</translation>
    </message>
    <message>
        <source>Tidak ada lembar yang dapat diimpor ({reasons}).</source>
        <translation>No sheet can be imported ({reasons}).</translation>
    </message>
    <message>
        <source>Berkas {name}: tidak ada baris data di bawah judul kolom.</source>
        <translation>File {name}: no data rows under the column headings.</translation>
    </message>
    <message>
        <source>{n} baris bermasalah dan impor diminta utuh (semua atau tidak sama sekali).</source>
        <translation>{n} row(s) have problems and the import was asked to be whole (all or nothing).</translation>
    </message>
    <message>
        <source>tidak ada baris yang valid.</source>
        <translation>no valid rows.</translation>
    </message>
    <message>
        <source>Kategori &apos;{category}&apos; tidak dikenal; isi kolom Kategori dengan nama kategori dari katalog, atau pilih kategori saat impor.</source>
        <translation>Unknown category &apos;{category}&apos;; fill the category column with a category name from the catalogue, or choose the category when importing.</translation>
    </message>
    <message>
        <source>Kategori baris ini tidak diketahui; pilih kategori saat impor, tambahkan kolom Kategori, atau beri nama lembar sesuai kategori (contoh: Ketua RT).</source>
        <translation>This row&apos;s category is unknown; choose the category when importing, add a category column, or name the sheet after the category (e.g. Ketua RT).</translation>
    </message>
    <message>
        <source>Kode kelurahan {code} bukan wilayah kota ini ({city}).</source>
        <translation>Kelurahan code {code} is not in this city ({city}).</translation>
    </message>
    <message>
        <source>{sheet} baris {row}</source>
        <translation>{sheet} row {row}</translation>
    </message>
    <message>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>NIK {nik} tercantum lebih dari sekali di berkas ({where}); satu NIK hanya boleh satu kepesertaan. Hapus baris yang salah lalu impor lagi.</source>
        <translation>NIK {nik} appears more than once in the file ({where}); one NIK may hold one enrolment only. Delete the wrong row and import again.</translation>
    </message>
    <message>
        <source>Sebagian NIK baru saja terdaftar; periksa ulang berkas.</source>
        <translation>Some NIKs were enrolled just now; check the file again.</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>{name} adalah folder, bukan berkas Excel.</source>
        <translation>{name} is a folder, not an Excel file.</translation>
    </message>
    <message>
        <source>Berkas {name} dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan ulang.</source>
        <translation>The file {name} is password-protected; open it in Excel, remove the password, then save it again.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan berkas Excel yang dapat dibaca (.xlsx, .xls atau .ods), atau berkasnya rusak. Buka di Excel lalu simpan sebagai &apos;Excel Workbook (.xlsx)&apos;.</source>
        <translation>The file {name} is not a readable Excel file (.xlsx, .xls or .ods), or it is damaged. Open it in Excel and save it as &apos;Excel Workbook (.xlsx)&apos;.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibuka: {reason}.</source>
        <translation>The file {name} cannot be opened: {reason}.</translation>
    </message>
    <message>
        <source>Berkas {name} terlalu besar untuk diimpor (lebih dari 256 MB); bagi menjadi beberapa berkas.</source>
        <translation>File {name} is too large to import (over 256 MB); split it into several files.</translation>
    </message>
    <message>
        <source>Berkas {name} berisi data mampat yang jauh lebih besar dari berkasnya (kemungkinan berkas jebakan); tidak dibaca. Simpan ulang dari Excel lalu coba lagi.</source>
        <translation>File {name} holds compressed data far larger than the file itself (probably a trap file); it was not read. Save it again from Excel and try again.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak atau bukan berkas Excel yang dapat dibaca. Buka di Excel lalu simpan sebagai &apos;Excel Workbook (.xlsx)&apos;.</source>
        <translation>File {name} is damaged or not a readable Excel file. Open it in Excel and save it as &apos;Excel Workbook (.xlsx)&apos;.</translation>
    </message>
    <message>
        <source>lembar tersembunyi atau bukan lembar kerja</source>
        <translation>hidden sheet or not a worksheet</translation>
    </message>
    <message>
        <source>lembar tidak dapat dibaca</source>
        <translation>sheet cannot be read</translation>
    </message>
    <message>
        <source>tidak ada baris judul kolom dengan NIK dan Nama</source>
        <translation>no heading row with NIK and name</translation>
    </message>
    <message>
        <source>lembar kosong</source>
        <translation>empty sheet</translation>
    </message>
    <message>
        <source>Berkas {name} kosong: tidak ada data untuk diimpor.</source>
        <translation>The file {name} is empty: there is no data to import.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak berisi lembar kerja.</source>
        <translation>The file {name} holds no worksheet.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan daftar peserta: tidak ditemukan baris judul kolom yang memuat NIK dan Nama (contoh judul: NIK, Nama Lengkap, Tgl Lahir, L/P, RT, RW).</source>
        <translation>The file {name} is not a participant list: no heading row naming NIK and name was found (headings such as NIK, Nama Lengkap, Tgl Lahir, L/P, RT, RW).</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; (mungkin {field})</source>
        <translation>&apos;{label}&apos; (perhaps {field})</translation>
    </message>
    <message>
        <source>Isi kolom {columns} belum pasti. Tentukan di langkah Cocokkan kolom, atau di baris perintah dengan --map &apos;JUDUL=field&apos; (kosongkan field untuk mengabaikan kolom).</source>
        <translation>What the columns {columns} hold is not certain. Choose in the Match columns step, or on the command line with --map &apos;HEADER=field&apos; (an empty field ignores the column).</translation>
    </message>
    <message>
        <source>{label} ({category})</source>
        <translation>{label} ({category})</translation>
    </message>
    <message>
        <source>Kolom &apos;{label}&apos;: tujuan &apos;{target}&apos; tidak dikenal.</source>
        <translation>Column &apos;{label}&apos;: unknown target &apos;{target}&apos;.</translation>
    </message>
    <message>
        <source>Kolom &apos;{first}&apos; dan &apos;{second}&apos; sama-sama diisi ke {field}; pilih satu saja.</source>
        <translation>Columns &apos;{first}&apos; and &apos;{second}&apos; both fill {field}; choose one only.</translation>
    </message>
    <message>
        <source>tidak ada kolom yang diisi ke {field}</source>
        <translation>no column fills {field}</translation>
    </message>
</context>
<context>
    <name>xlsx_writer</name>
    <message>
        <source>Berkas Excel</source>
        <translation>Excel file</translation>
    </message>
</context>
</TS>
