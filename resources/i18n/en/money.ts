<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AnswersTab</name>
    <message>
        <source>berkas .xlsx atau .csv dari kantor cabang</source>
        <translation>.xlsx or .csv file from the branch office</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Pilih berkas jawaban BPJS (NIK, KPJ, tanggal daftar, status, alasan), lalu Periksa. Tidak ada yang berubah sebelum Terapkan.</source>
        <translation>Choose BPJS&apos;s answer file (NIK, KPJ, registration date, status, reason), then Check. Nothing changes before Apply.</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan jawaban BPJS</source>
        <translation>Check of BPJS&apos;s answer</translation>
    </message>
    <message>
        <source>Berkas jawaban</source>
        <translation>Answer file</translation>
    </message>
    <message>
        <source>Berkas jawaban BPJS</source>
        <translation>BPJS&apos;s answer file</translation>
    </message>
    <message>
        <source>Jawaban BPJS</source>
        <translation>BPJS&apos;s answer</translation>
    </message>
    <message>
        <source>Catat jawaban BPJS? Peserta yang terdaftar menjadi Aktif dengan nomor KPJ-nya; yang ditolak dicatat alasannya.</source>
        <translation>Record BPJS&apos;s answer? Registered participants become Active with their KPJ number; for rejected ones the reason is recorded.</translation>
    </message>
    <message>
        <source>Pilih berkas jawaban terlebih dahulu.</source>
        <translation>Choose the answer file first.</translation>
    </message>
    <message>
        <source>{n} peserta menjadi Aktif, {r} ditolak.</source>
        <translation>{n} participants became Active, {r} rejected.</translation>
    </message>
    <message>
        <source>Membaca jawaban BPJS…</source>
        <translation>Reading BPJS&apos;s answer…</translation>
    </message>
    <message>
        <source>Dibaca {read} baris = cocok {matched} (terdaftar {registered}, ditolak {rejected}) + tidak cocok {unmatched} + tidak dipakai {refused}.</source>
        <translation>Read {read} rows = matched {matched} (registered {registered}, rejected {rejected}) + unmatched {unmatched} + not used {refused}.</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>KPJ {kpj}</source>
        <translation>KPJ {kpj}</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Tidak cocok</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>NIK tidak ada di daftar peserta</source>
        <translation>NIK not on the participant list</translation>
    </message>
    <message>
        <source>Tidak dipakai</source>
        <translation>Not used</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Penghasilan terendah (Rp1.000.000)</source>
        <translation>Lowest income (Rp1.000.000)</translation>
    </message>
    <message>
        <source>UMK</source>
        <translation>Minimum wage (UMK)</translation>
    </message>
    <message>
        <source>Isian per kategori</source>
        <translation>Entered per category</translation>
    </message>
    <message>
        <source>Sesuai pilihan kategori</source>
        <translation>As each category&apos;s choice</translation>
    </message>
    <message>
        <source>Semua BPU</source>
        <translation>All non-wage (BPU)</translation>
    </message>
    <message>
        <source>Semua Penerima Upah</source>
        <translation>All wage earners (PU)</translation>
    </message>
    <message>
        <source>Semua ikut JHT</source>
        <translation>Everyone with JHT</translation>
    </message>
    <message>
        <source>Tanpa JHT</source>
        <translation>Without JHT</translation>
    </message>
    <message>
        <source>tanpa plafon</source>
        <translation>no ceiling</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Iuran per bulan</source>
        <translation>Monthly contribution</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tidak tercakup</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Rencana anggaran per kategori</source>
        <translation>Budget plan per category</translation>
    </message>
    <message>
        <source>Bulan dibayar</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Dasar penghasilan</source>
        <translation>Income basis</translation>
    </message>
    <message>
        <source>Atur UMK…</source>
        <translation>Set the UMK…</translation>
    </message>
    <message>
        <source>JHT</source>
        <translation>JHT</translation>
    </message>
    <message>
        <source>Plafon setahun (Rp)</source>
        <translation>Yearly ceiling (Rp)</translation>
    </message>
    <message>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>Prioritas naik</source>
        <translation>Priority up</translation>
    </message>
    <message>
        <source>Prioritas turun</source>
        <translation>Priority down</translation>
    </message>
    <message>
        <source>JHT kategori ini ya/tidak</source>
        <translation>JHT for this category on/off</translation>
    </message>
    <message>
        <source>Cetak rencana (PDF)…</source>
        <translation>Print plan (PDF)…</translation>
    </message>
    <message>
        <source>Rencana anggaran</source>
        <translation>Budget plan</translation>
    </message>
    <message>
        <source>Plafon harus berupa angka Rupiah, contoh 1.500.000.000.</source>
        <translation>The ceiling must be an amount in Rupiah, such as 1.500.000.000.</translation>
    </message>
    <message>
        <source>PU</source>
        <translation>PU</translation>
    </message>
    <message>
        <source>Jumlah: {n} orang, {amount}</source>
        <translation>Total: {n} people, {amount}</translation>
    </message>
    <message>
        <source>Tambah JHT untuk semua: {change}.</source>
        <translation>Adding JHT for everyone: {change}.</translation>
    </message>
    <message>
        <source>UMK belum diisi: dihitung dengan penghasilan terendah (Atur UMK…).</source>
        <translation>No UMK entered yet: reckoned on the lowest income (Set the UMK…).</translation>
    </message>
    <message>
        <source>Plafon {ceiling}: {left} orang belum tercakup (kebutuhan penuh {needed}).</source>
        <translation>Ceiling {ceiling}: {left} people left out (covering everyone needs {needed}).</translation>
    </message>
    <message>
        <source>Atur UMK</source>
        <translation>Set the UMK</translation>
    </message>
    <message>
        <source>UMK kota/kabupaten (Rupiah), berlaku sejak awal tahun {year}:</source>
        <translation>The city or regency UMK (Rupiah), in force from the start of {year}:</translation>
    </message>
    <message>
        <source>UMK harus berupa angka Rupiah, contoh 2.800.000.</source>
        <translation>The UMK must be an amount in Rupiah, such as 2.800.000.</translation>
    </message>
    <message>
        <source>Simpan Rencana Kebutuhan Anggaran</source>
        <translation>Save the budget plan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tersimpan: {path} ({pages} halaman).</source>
        <translation>Saved: {path} ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>InvoiceTab</name>
    <message>
        <source>tagihan per orang, .xlsx atau .csv</source>
        <translation>per-person invoice, .xlsx or .csv</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Cocokkan</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <source>Pilih berkas tagihan bulanan dari kantor cabang dan bulannya, lalu Cocokkan.</source>
        <translation>Choose the branch office&apos;s monthly invoice and its month, then Reconcile.</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
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
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Ditagih</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Seharusnya</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Selisih tagihan iuran</source>
        <translation>Invoice differences</translation>
    </message>
    <message>
        <source>contoh: Metro</source>
        <translation>for example: Metro</translation>
    </message>
    <message>
        <source>Berita acara (PDF)…</source>
        <translation>Minutes (PDF)…</translation>
    </message>
    <message>
        <source>Selisih &amp;&amp; restitusi (Excel)…</source>
        <translation>Differences &amp;&amp; refunds (Excel)…</translation>
    </message>
    <message>
        <source>Berkas tagihan</source>
        <translation>Invoice file</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Kantor cabang BPJS</source>
        <translation>BPJS branch office</translation>
    </message>
    <message>
        <source>Berkas tagihan iuran</source>
        <translation>Contribution invoice file</translation>
    </message>
    <message>
        <source>Rekonsiliasi iuran</source>
        <translation>Invoice reconciliation</translation>
    </message>
    <message>
        <source>Pilih berkas tagihan dan isi bulannya (contoh 11-2026).</source>
        <translation>Choose the invoice file and enter its month (for example 11-2026).</translation>
    </message>
    <message>
        <source>Mencocokkan tagihan…</source>
        <translation>Reconciling the invoice…</translation>
    </message>
    <message>
        <source>NIK tidak dikenal</source>
        <translation>unknown NIK</translation>
    </message>
    <message>
        <source>tidak aktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>meninggal dunia</source>
        <translation>deceased</translation>
    </message>
    <message>
        <source>masa jabatan berakhir</source>
        <translation>term of office ended</translation>
    </message>
    <message>
        <source>tertagih ganda</source>
        <translation>billed twice</translation>
    </message>
    <message>
        <source>di luar bulan cakupan</source>
        <translation>outside the covered months</translation>
    </message>
    <message>
        <source>{lines} baris: sesuai {matched}, jumlah berbeda {different}, ditagih tetapi tidak tercakup {not_covered}{reasons}, tidak terbaca {refused}; tercakup tetapi tidak ditagih {not_billed}.
Ditagih {billed}, seharusnya {due}, selisih {difference}; kelebihan bayar {overpaid}.</source>
        <translation>{lines} rows: as the rates {matched}, different amount {different}, billed but not covered {not_covered}{reasons}, unreadable {refused}; covered but not billed {not_billed}.
Billed {billed}, due {due}, difference {difference}; overpaid {overpaid}.</translation>
    </message>
    <message>
        <source>jumlah berbeda dari tarif</source>
        <translation>amount differs from the rates</translation>
    </message>
    <message>
        <source>tercakup, tidak ditagih</source>
        <translation>covered, not billed</translation>
    </message>
    <message>
        <source>tidak terbaca: {reason}</source>
        <translation>unreadable: {reason}</translation>
    </message>
    <message>
        <source>Simpan berita acara</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan selisih dan restitusi</source>
        <translation>Save the differences and refunds</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>MoneyFiles</name>
    <message>
        <source>Excel atau CSV (*.xlsx *.xls *.ods *.csv);;Semua berkas (*)</source>
        <translation>Excel or CSV (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MoneyLabels</name>
    <message>
        <source>Daftar pendaftaran kolektif (bawaan)</source>
        <translation>Collective registration list (standard)</translation>
    </message>
    <message>
        <source>Pendaftaran kolektif BPU</source>
        <translation>Collective registration of non-wage workers</translation>
    </message>
    <message>
        <source>Unggah massal Penerima Upah</source>
        <translation>Wage-earner mass upload</translation>
    </message>
</context>
<context>
    <name>MoneyMenu</name>
    <message>
        <source>&amp;Rencana anggaran…</source>
        <translation>&amp;Budget plan…</translation>
    </message>
    <message>
        <source>Impor &amp;jawaban BPJS…</source>
        <translation>Import BPJS&apos;s &amp;answer…</translation>
    </message>
    <message>
        <source>Rekonsiliasi &amp;tagihan iuran…</source>
        <translation>Reconcile the contribution &amp;invoice…</translation>
    </message>
    <message>
        <source>Profil ekspor &amp;BPJS…</source>
        <translation>&amp;BPJS export profiles…</translation>
    </message>
</context>
<context>
    <name>MoneyWindow</name>
    <message>
        <source>Anggaran &amp; iuran</source>
        <translation>Budget &amp; contributions</translation>
    </message>
    <message>
        <source>Rencana anggaran</source>
        <translation>Budget plan</translation>
    </message>
    <message>
        <source>Jawaban BPJS</source>
        <translation>BPJS&apos;s answer</translation>
    </message>
    <message>
        <source>Rekonsiliasi iuran</source>
        <translation>Invoice reconciliation</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profil ekspor BPJS</source>
        <translation>BPJS export profiles</translation>
    </message>
    <message>
        <source>Simpan ke berkas JSON…</source>
        <translation>Save to a JSON file…</translation>
    </message>
    <message>
        <source>Muat dari berkas JSON…</source>
        <translation>Load from a JSON file…</translation>
    </message>
    <message>
        <source>Susunan kolom berkas untuk kantor cabang BPJS. Simpan profil ke berkas, ubah di penyunting teks, lalu muat kembali; NIK dan KPJ selalu ditulis sebagai teks.</source>
        <translation>The columns of the files for the BPJS branch office. Save a profile to a file, edit it in a text editor, then load it back; NIK and KPJ are always written as text.</translation>
    </message>
    <message>
        <source>{name} ({n} kolom)</source>
        <translation>{name} ({n} columns)</translation>
    </message>
    <message>
        <source>Kolom: {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <source>Simpan profil</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Muat profil</source>
        <translation>Load a profile</translation>
    </message>
    <message>
        <source>Profil &apos;{code}&apos; disimpan.</source>
        <translation>Profile &apos;{code}&apos; saved.</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <source>tanggal daftar &apos;{value}&apos; tidak terbaca</source>
        <translation>registration date &apos;{value}&apos; cannot be read</translation>
    </message>
    <message>
        <source>status &apos;{status}&apos; tidak dikenal (AKTIF/BERHASIL atau DITOLAK/GAGAL)</source>
        <translation>unknown status &apos;{status}&apos; (AKTIF/BERHASIL or DITOLAK/GAGAL)</translation>
    </message>
    <message>
        <source>terdaftar tetapi tanpa nomor KPJ</source>
        <translation>registered but without a KPJ number</translation>
    </message>
    <message>
        <source>Jawaban BPJS dicatat di kelurahan (peserta milik kelurahan); kantor kota dapat memeriksanya tanpa mengubah data.</source>
        <translation>BPJS&apos;s answer is recorded at the kelurahan (the participants are the kelurahan&apos;s); the city office can check it without changing data.</translation>
    </message>
    <message>
        <source>{name}: tidak ada kolom KPJ maupun STATUS; ini bukan berkas jawaban BPJS.</source>
        <translation>{name}: no KPJ or STATUS column; this is not BPJS&apos;s answer file.</translation>
    </message>
    <message>
        <source>NIK sama dengan baris {row}</source>
        <translation>same NIK as row {row}</translation>
    </message>
    <message>
        <source>KPJ {kpj} sudah dipakai baris {row}</source>
        <translation>KPJ {kpj} already used in row {row}</translation>
    </message>
    <message>
        <source>KPJ {kpj} sudah dipakai peserta lain</source>
        <translation>KPJ {kpj} already held by another participant</translation>
    </message>
    <message>
        <source>status peserta tidak dapat diubah menjadi Aktif</source>
        <translation>the participant&apos;s status cannot become Active</translation>
    </message>
    <message>
        <source>peserta sudah Aktif atau Nonaktif; periksa dengan kantor cabang</source>
        <translation>the participant is Active or Inactive already; check with the branch office</translation>
    </message>
    <message>
        <source>jawaban BPJS {file}</source>
        <translation>BPJS&apos;s answer {file}</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>Kategori {code} tidak dikenal.</source>
        <translation>Unknown category {code}.</translation>
    </message>
</context>
<context>
    <name>invoice</name>
    <message>
        <source>{name}: tidak ada kolom TOTAL maupun JKK; ini bukan tagihan iuran per orang.</source>
        <translation>{name}: no TOTAL or JKK column; this is not a per-person contribution invoice.</translation>
    </message>
</context>
<context>
    <name>money_documents</name>
    <message>
        <source>Dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
</context>
<context>
    <name>money_sheets</name>
    <message>
        <source>Berkas {name} bukan berkas Excel yang dapat dibaca.</source>
        <translation>The file {name} is not a readable Excel file.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>{name}: pilih berkas .xlsx, .xls, .ods atau .csv.</source>
        <translation>{name}: choose an .xlsx, .xls, .ods or .csv file.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {reason}.</source>
        <translation>The file {name} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{name}: baris judul kolom tidak ditemukan; kolom yang wajib ada: {names}.</source>
        <translation>{name}: no header row found; required columns: {names}.</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>Profil ekspor &apos;{code}&apos; tidak ada; pilihan: {choices}.</source>
        <translation>There is no export profile &apos;{code}&apos;; choices: {choices}.</translation>
    </message>
    <message>
        <source>Kode profil hanya huruf kecil, angka dan tanda minus.</source>
        <translation>A profile code has only lower-case letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {reason}.</source>
        <translation>The file {name} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Berkas {name} rusak di baris {line}: periksa tanda koma dan kutip.</source>
        <translation>The file {name} is broken at line {line}: check the commas and quotes.</translation>
    </message>
</context>
<context>
    <name>wage_rates</name>
    <message>
        <source>Tarif dan UMK tidak boleh negatif.</source>
        <translation>Rates and the minimum wage cannot be negative.</translation>
    </message>
    <message>
        <source>Tarif JKK per kelompok risiko belum diisi.</source>
        <translation>The JKK rates per risk class are missing.</translation>
    </message>
    <message>
        <source>UMK tidak boleh negatif.</source>
        <translation>The minimum wage cannot be negative.</translation>
    </message>
</context>
</TS>
