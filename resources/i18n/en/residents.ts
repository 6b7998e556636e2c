<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>RegisterWindow</name>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
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
        <source>Tidak ada di daftar terbaru</source>
        <translation>Not in the latest list</translation>
    </message>
    <message>
        <source>Data penduduk</source>
        <translation>Resident register</translation>
    </message>
    <message>
        <source>Cari nama, atau awal NIK / No. KK</source>
        <translation>Search a name, or the start of a NIK / family card number</translation>
    </message>
    <message>
        <source>Impor daftar penduduk…</source>
        <translation>Import resident list…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>{total} penduduk ({families} KK): {alive} hidup, {dead} mati, {moved} pindah, {left} tidak ada lagi di daftar terbaru.</source>
        <translation>{total} residents ({families} families): {alive} alive, {dead} deceased, {moved} moved away, {left} no longer in the latest list.</translation>
    </message>
    <message>
        <source>Data penduduk masih kosong.</source>
        <translation>The resident register is empty.</translation>
    </message>
    <message>
        <source>Impor terakhir: {file}, {when} oleh {who}</source>
        <translation>Last import: {file}, {when} by {who}</translation>
    </message>
    <message>
        <source>Tidak ada penduduk yang cocok dengan pencarian ini.</source>
        <translation>No resident matches this search.</translation>
    </message>
    <message>
        <source>Belum ada data penduduk. Impor ekspor data penduduk dari OpenSID, ekspor SIAK, atau BIP e-KTP dengan tombol Impor daftar penduduk; sesudah itu petugas cukup mengetik NIK atau nama di formulir peserta dan memilih orangnya.</source>
        <translation>No residents yet. Import the resident export from OpenSID, a SIAK export or a BIP e-KTP list with the Import resident list button; then a clerk only types a NIK or a name in the participant form and picks the person.</translation>
    </message>
</context>
<context>
    <name>ResidentFilePage</name>
    <message>
        <source>Pilih daftar penduduk</source>
        <translation>Choose a resident list</translation>
    </message>
    <message>
        <source>Ekspor data penduduk dari OpenSID, ekspor SIAK, atau BIP e-KTP (baris No. KK di atas anggota keluarga); berkas .xlsx, .xls atau .ods.</source>
        <translation>A resident export from OpenSID, a SIAK export, or a BIP e-KTP list (a family card line above each family&apos;s members); an .xlsx, .xls or .ods file.</translation>
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
        <source>Daftar lengkap: tandai penduduk yang tidak ada lagi di daftar ini</source>
        <translation>Full list: mark residents who are no longer in it</translation>
    </message>
    <message>
        <source>Hapus centang untuk daftar satu dusun atau RT saja.</source>
        <translation>Untick for a list of one hamlet or RT only.</translation>
    </message>
    <message>
        <source>Batalkan seluruh impor bila ada satu baris bermasalah (semua atau tidak sama sekali)</source>
        <translation>Cancel the whole import if one row has a problem (all or nothing)</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Kelurahan:</source>
        <translation>Village:</translation>
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
    <name>ResidentImportWizard</name>
    <message>
        <source>Impor data penduduk</source>
        <translation>Import resident register</translation>
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
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <source>Simpan %n penduduk</source>
        <translation>
            <numerusform>Save %n resident</numerusform>
            <numerusform>Save %n residents</numerusform>
        </translation>
    </message>
    <message>
        <source>Penduduk kini dapat dipilih di formulir peserta dengan mengetik NIK atau nama.</source>
        <translation>Residents can now be picked in the participant form by typing a NIK or a name.</translation>
    </message>
</context>
<context>
    <name>ResidentPicker</name>
    <message>
        <source>Isi dari data penduduk</source>
        <translation>Fill from the register</translation>
    </message>
    <message>
        <source>RT/RW {rt_rw}</source>
        <translation>RT/RW {rt_rw}</translation>
    </message>
    <message>
        <source>(tidak ada di daftar terbaru)</source>
        <translation>(not in the latest list)</translation>
    </message>
    <message>
        <source>{field} ({value})</source>
        <translation>{field} ({value})</translation>
    </message>
    <message>
        <source>Ada di data penduduk: {name}, {where}.</source>
        <translation>In the resident register: {name}, {where}.</translation>
    </message>
    <message>
        <source>Berbeda dengan data penduduk: {fields}.</source>
        <translation>Differs from the resident register: {fields}.</translation>
    </message>
    <message>
        <source>Di daftar sumbernya tanggal lahir orang ini tidak cocok dengan NIK; periksa KTP.</source>
        <translation>In the source list this person&apos;s birth date does not match the NIK; check the ID card.</translation>
    </message>
    <message>
        <source>Di daftar sumbernya jenis kelamin orang ini tidak cocok dengan NIK; periksa KTP.</source>
        <translation>In the source list this person&apos;s sex does not match the NIK; check the ID card.</translation>
    </message>
    <message>
        <source>KK {number}</source>
        <translation>family card {number}</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card</translation>
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
        <source>Tempat, tanggal lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Tidak ada di daftar terbaru</source>
        <translation>Not in the latest list</translation>
    </message>
    <message>
        <source>Tanggal lahir di daftar tidak cocok dengan NIK</source>
        <translation>The listed birth date does not match the NIK</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Lembar &apos;{name}&apos; dilewati: {why}.</source>
        <translation>Sheet &apos;{name}&apos; skipped: {why}.</translation>
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
        <source>Kode kelurahan {code} bukan wilayah kota ini ({city}).</source>
        <translation>Kelurahan code {code} is not in this city ({city}).</translation>
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
        <source>{sheet} baris {row}</source>
        <translation>{sheet} row {row}</translation>
    </message>
</context>
<context>
    <name>residents</name>
    <message>
        <source>Nomor KK tersimpan sebagai angka sehingga Excel membulatkannya; dikosongkan. Simpan kolom Nomor KK sebagai teks di sumbernya.</source>
        <translation>The family card number was stored as a number, so Excel rounded it; left empty. Store the family card column as text in the source.</translation>
    </message>
    <message>
        <source>ekspor OpenSID</source>
        <translation>OpenSID export</translation>
    </message>
    <message>
        <source>ekspor SIAK</source>
        <translation>SIAK export</translation>
    </message>
    <message>
        <source>blok per KK (BIP/e-KTP)</source>
        <translation>blocks per family (BIP/e-KTP)</translation>
    </message>
    <message>
        <source>daftar penduduk</source>
        <translation>resident list</translation>
    </message>
    <message>
        <source>Berkas {name} ({layout}): {rows} baris penduduk dibaca dari lembar {sheets}.</source>
        <translation>File {name} ({layout}): {rows} resident rows read from sheet {sheets}.</translation>
    </message>
    <message>
        <source>{valid} penduduk siap disimpan ({families} KK); {bad} baris bermasalah ({errors} galat, {warnings} peringatan).</source>
        <translation>{valid} residents ready to save ({families} families); {bad} rows with problems ({errors} errors, {warnings} warnings).</translation>
    </message>
    <message>
        <source>Dibanding data penduduk: {added} baru, {updated} berubah, {unchanged} tetap, {returned} kembali, {left} tidak ada lagi di daftar ini.</source>
        <translation>Against the register: {added} new, {updated} changed, {unchanged} unchanged, {returned} back, {left} no longer in this list.</translation>
    </message>
    <message>
        <source>Data penduduk disimpan: {n} penduduk dalam daftar.</source>
        <translation>Resident register saved: {n} residents in the list.</translation>
    </message>
    <message>
        <source>Data penduduk kelurahan ini hanya untuk {code}.</source>
        <translation>This village&apos;s resident register is for {code} only.</translation>
    </message>
    <message>
        <source>Pilih kelurahan pemilik daftar penduduk ini: {problem}</source>
        <translation>Choose the village this resident list belongs to: {problem}</translation>
    </message>
    <message>
        <source>NIK {nik} tercantum lebih dari sekali di berkas ({where}); perbaiki di sumbernya lalu impor lagi.</source>
        <translation>NIK {nik} is listed more than once in the file ({where}); correct it at the source and import again.</translation>
    </message>
    <message>
        <source>Data &amp;penduduk…</source>
        <translation>&amp;Resident register…</translation>
    </message>
</context>
</TS>
