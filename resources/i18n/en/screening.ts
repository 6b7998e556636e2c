<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Mungkin data ganda: {hint}</source>
        <translation>Possible duplicate: {hint}</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Impor daftar pembanding</source>
        <translation>Import a reference list</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Instansi pengirim, contoh BKPSDM Kota Metro</source>
        <translation>Sending office, e.g. BKPSDM Kota Metro</translation>
    </message>
    <message>
        <source>Jenis daftar:</source>
        <translation>List kind:</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sumber:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Tanggal daftar:</source>
        <translation>List date:</translation>
    </message>
    <message>
        <source>&amp;Periksa kolom</source>
        <translation>&amp;Check columns</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih daftar pembanding</source>
        <translation>Choose a reference list</translation>
    </message>
    <message>
        <source>Excel atau CSV (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Kolom: {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <source>Mengimpor daftar pembanding …</source>
        <translation>Importing the reference list …</translation>
    </message>
    <message>
        <source>baris {row}: {message}</source>
        <translation>row {row}: {message}</translation>
    </message>
    <message>
        <source>Daftar pembanding</source>
        <translation>Reference list</translation>
    </message>
    <message>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Periksa data ganda dan tepat sasaran</source>
        <translation>Check duplicates and eligibility</translation>
    </message>
    <message>
        <source>&amp;Periksa sekarang</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <source>Simpan &amp;daftar (Excel)…</source>
        <translation>Save the &amp;list (Excel)…</translation>
    </message>
    <message>
        <source>Impor daftar &amp;pembanding…</source>
        <translation>Import a &amp;reference list…</translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Tanda pemeriksaan</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Wajib: apa yang sudah diperiksa (KTP, KK, surat instansi …)</source>
        <translation>Required: what was checked (KTP, KK, an agency&apos;s letter …)</translation>
    </message>
    <message>
        <source>Alasan keputusan:</source>
        <translation>Reason for the decision:</translation>
    </message>
    <message>
        <source>Sama, pertahankan peserta &amp;1</source>
        <translation>Same person, keep participant &amp;1</translation>
    </message>
    <message>
        <source>Sama, pertahankan peserta &amp;2</source>
        <translation>Same person, keep participant &amp;2</translation>
    </message>
    <message>
        <source>Orang &amp;berbeda</source>
        <translation>&amp;Different people</translation>
    </message>
    <message>
        <source>&amp;Tetap terdaftar</source>
        <translation>&amp;Keep on the list</translation>
    </message>
    <message>
        <source>&amp;Arsipkan peserta</source>
        <translation>&amp;Archive the participant</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Peserta 1</source>
        <translation>Participant 1</translation>
    </message>
    <message>
        <source>Peserta 2</source>
        <translation>Participant 2</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
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
        <source>Tanda</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{pairs} pasangan menunggu keputusan, {flags} tanda terbuka.</source>
        <translation>{pairs} pairs awaiting a decision, {flags} open flags.</translation>
    </message>
    <message>
        <source>Memeriksa data ganda …</source>
        <translation>Checking for duplicates …</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal</source>
        <translation>The check failed</translation>
    </message>
    <message>
        <source>Keputusan tidak disimpan</source>
        <translation>The decision was not saved</translation>
    </message>
    <message>
        <source>Simpan daftar peserta yang perlu diperiksa</source>
        <translation>Save the list of participants to check</translation>
    </message>
    <message>
        <source>Berkas Excel (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyimpan …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <source>Perlu diperiksa (tepat sasaran)</source>
        <translation>To check (eligibility)</translation>
    </message>
    <message>
        <source>Periksa data ganda…</source>
        <translation>Check duplicates…</translation>
    </message>
    <message>
        <source>{n} peserta perlu diperiksa</source>
        <translation>{n} participants to check</translation>
    </message>
    <message>
        <source>{n} pasangan data ganda menunggu keputusan</source>
        <translation>{n} duplicate pairs awaiting a decision</translation>
    </message>
</context>
<context>
    <name>references</name>
    <message>
        <source>Daftar {kind} tidak disimpan: {bad} baris bermasalah dari {rows}.</source>
        <translation>The {kind} list was not saved: {bad} of {rows} rows have problems.</translation>
    </message>
    <message>
        <source>Daftar {kind} disimpan: {valid} NIK dari {rows} baris.</source>
        <translation>The {kind} list was saved: {valid} NIKs from {rows} rows.</translation>
    </message>
    <message>
        <source>Menggantikan daftar sebelumnya ({n} NIK).</source>
        <translation>It replaces the previous list ({n} NIKs).</translation>
    </message>
    <message>
        <source>Tanda baru: {opened}; semua tanda terbuka: {open}.</source>
        <translation>New flags: {opened}; all open flags: {open}.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan berkas Excel atau CSV yang dapat dibaca.</source>
        <translation>{name} is not a readable Excel or CSV file.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>Jenis berkas {suffix} tidak dikenal; gunakan .xlsx, .xls, .ods atau .csv.</source>
        <translation>Unknown file type {suffix}; use .xlsx, .xls, .ods or .csv.</translation>
    </message>
    <message>
        <source>Jenis daftar tidak dikenal: {kind}. Pilih salah satu: {kinds}.</source>
        <translation>Unknown list kind: {kind}. Choose one of: {kinds}.</translation>
    </message>
    <message>
        <source>Tidak ada baris judul kolom dengan NIK di berkas {name}.</source>
        <translation>{name} has no header row with a NIK column.</translation>
    </message>
    <message>
        <source>menyimpan daftar pembanding</source>
        <translation>saving the reference list</translation>
    </message>
    <message>
        <source>Kolom &apos;{label}&apos; tidak ada di berkas.</source>
        <translation>The file has no column &apos;{label}&apos;.</translation>
    </message>
    <message>
        <source>Kolom &apos;{label}&apos;: tujuan &apos;{target}&apos; tidak dikenal.</source>
        <translation>Column &apos;{label}&apos;: unknown target &apos;{target}&apos;.</translation>
    </message>
    <message>
        <source>Tidak ada kolom NIK; tentukan dengan --map &apos;JUDUL=nik&apos;.</source>
        <translation>No NIK column; name it with --map &apos;HEADER=nik&apos;.</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>penyebab tidak ada lagi</source>
        <translation>the cause is gone</translation>
    </message>
    <message>
        <source>{flag}: {reason}</source>
        <translation>{flag}: {reason}</translation>
    </message>
    <message>
        <source>data penduduk kelurahan {code}</source>
        <translation>resident register of kelurahan {code}</translation>
    </message>
    <message>
        <source>menyimpan keputusan pemeriksaan</source>
        <translation>saving the decision on the flag</translation>
    </message>
    <message>
        <source>Keputusan tidak dikenal: {decision}.</source>
        <translation>Unknown decision: {decision}.</translation>
    </message>
    <message>
        <source>Alasan keputusan wajib diisi.</source>
        <translation>A reason for the decision is required.</translation>
    </message>
    <message>
        <source>Tanda pemeriksaan tidak ditemukan.</source>
        <translation>Flag not found.</translation>
    </message>
    <message>
        <source>Tanda ini sudah diselesaikan.</source>
        <translation>This flag has already been resolved.</translation>
    </message>
    <message>
        <source>masih ada tanda yang perlu diperiksa: {flags}</source>
        <translation>still has flags to check: {flags}</translation>
    </message>
    <message>
        <source>mungkin terdaftar ganda; putuskan dulu di Periksa data ganda</source>
        <translation>may be listed twice; decide first under Check duplicates</translation>
    </message>
    <message>
        <source>mungkin sama dengan {name} (NIK {nik}, RT {rt}/RW {rw}, {why}) — periksa KTP</source>
        <translation>may be the same as {name} (NIK {nik}, RT {rt}/RW {rw}, {why}) — check the KTP</translation>
    </message>
    <message>
        <source>Data ganda dengan {name} (NIK {nik}): {reason}</source>
        <translation>Duplicate of {name} (NIK {nik}): {reason}</translation>
    </message>
    <message>
        <source>menyimpan keputusan data ganda</source>
        <translation>saving the decision on the duplicate</translation>
    </message>
    <message>
        <source>Pasangan data ganda tidak ditemukan.</source>
        <translation>Duplicate pair not found.</translation>
    </message>
    <message>
        <source>Pasangan ini sudah diputuskan.</source>
        <translation>This pair has already been decided.</translation>
    </message>
    <message>
        <source>Pilih peserta yang dipertahankan.</source>
        <translation>Choose the participant to keep.</translation>
    </message>
    <message>
        <source>Peserta yang dipertahankan tidak ada lagi di daftar.</source>
        <translation>The participant to keep is no longer on the list.</translation>
    </message>
    <message>
        <source>Daftar peserta yang perlu diperiksa</source>
        <translation>Participants to check</translation>
    </message>
    <message>
        <source>mungkin sama dengan {name} (NIK {nik}, kelurahan {code}): {why}</source>
        <translation>may be the same as {name} (NIK {nik}, kelurahan {code}): {why}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Alasan diperiksa</source>
        <translation>Why to check</translation>
    </message>
    <message>
        <source>Perlu diperiksa</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Periksa data &amp;ganda…</source>
        <translation>Check &amp;duplicates…</translation>
    </message>
    <message>
        <source>GANDA: mungkin terdaftar dua kali</source>
        <translation>GANDA: may be listed twice</translation>
    </message>
    <message>
        <source>mungkin sama dengan {name} (NIK {nik}, {why}) — periksa KTP</source>
        <translation>may be the same as {name} (NIK {nik}, {why}) — check the KTP</translation>
    </message>
    <message>
        <source>baris {row} berkas ini</source>
        <translation>row {row} of this file</translation>
    </message>
</context>
</TS>
