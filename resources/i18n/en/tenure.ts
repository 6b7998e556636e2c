<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Klaim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>bila sudah diketahui</source>
        <translation>when known</translation>
    </message>
    <message>
        <source>Jenis klaim:</source>
        <translation>Claim kind:</translation>
    </message>
    <message>
        <source>Ahli waris / penerima:</source>
        <translation>Heir / recipient:</translation>
    </message>
    <message>
        <source>Hubungan:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Jumlah (Rp):</source>
        <translation>Amount (Rp):</translation>
    </message>
    <message>
        <source>Tanggal diajukan:</source>
        <translation>Submitted on:</translation>
    </message>
    <message>
        <source>Tanggal dibayar:</source>
        <translation>Paid on:</translation>
    </message>
    <message>
        <source>Berkas yang sudah diserahkan</source>
        <translation>Papers handed in</translation>
    </message>
    <message>
        <source>Cetak surat pengantar…</source>
        <translation>Print cover letter…</translation>
    </message>
    <message>
        <source>Simpan klaim</source>
        <translation>Save claim</translation>
    </message>
    <message>
        <source>Jumlah klaim ditulis dengan angka saja, contoh 42000000.</source>
        <translation>Write the claim amount in digits only, for example 42000000.</translation>
    </message>
    <message>
        <source>Tanggal diajukan</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Tanggal dibayar</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Simpan surat pengantar</source>
        <translation>Save cover letter</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Surat pengantar</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <source>Surat pengantar tersimpan: {path}</source>
        <translation>Cover letter saved: {path}</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Bulan cakupan</source>
        <translation>Covered months</translation>
    </message>
    <message>
        <source>masih dibayar</source>
        <translation>still paid</translation>
    </message>
    <message>
        <source>Bulan pertama dibayar:</source>
        <translation>First month paid:</translation>
    </message>
    <message>
        <source>Bulan terakhir dibayar:</source>
        <translation>Last month paid:</translation>
    </message>
    <message>
        <source>Masa jabatan berakhir {date}: sesudah bulan {month} tidak dibayar kecuali diperpanjang.</source>
        <translation>The term ends on {date}: months after {month} are not paid unless it is extended.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bulan tidak dapat dibaca; tulis seperti 11-2026.</source>
        <translation>The month cannot be read; write it like 11-2026.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
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
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Bulan pertama</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>Bulan terakhir</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>TMT berakhir</source>
        <translation>TMT end</translation>
    </message>
    <message>
        <source>Peserta yang dibayar</source>
        <translation>Participants paid for</translation>
    </message>
    <message>
        <source>Bulan:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Ubah bulan cakupan…</source>
        <translation>Change covered months…</translation>
    </message>
    <message>
        <source>Cakupan bulanan</source>
        <translation>Monthly coverage</translation>
    </message>
    <message>
        <source>Bulan tidak dapat dibaca; tulis seperti 11-2026.</source>
        <translation>The month cannot be read; write it like 11-2026.</translation>
    </message>
    <message>
        <source>{n} peserta dibayar pada {month}</source>
        <translation>{n} participants paid for {month}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Catat peristiwa</source>
        <translation>Record an event</translation>
    </message>
    <message>
        <source>Karena kecelakaan kerja</source>
        <translation>From a work accident</translation>
    </message>
    <message>
        <source>Sudah dilaporkan ke BPJS pada</source>
        <translation>Reported to BPJS on</translation>
    </message>
    <message>
        <source>Peristiwa:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Waktu kejadian:</source>
        <translation>Time of the event:</translation>
    </message>
    <message>
        <source>Tempat:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Penyebab:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Lapor BPJS:</source>
        <translation>Reported to BPJS:</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Simpan peristiwa</source>
        <translation>Save event</translation>
    </message>
    <message>
        <source>Kecelakaan kerja wajib dilaporkan ke BPJS paling lambat {hours} jam setelah kejadian.</source>
        <translation>A work accident must be reported to BPJS within {hours} hours.</translation>
    </message>
    <message>
        <source>Kematian mengakhiri kepesertaan (alasan: meninggal dunia) dan membuka penggantian jabatannya.</source>
        <translation>A death ends the membership (reason: died) and opens the replacement of the post.</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Tercakup</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Masa iur</source>
        <translation>Paid months</translation>
    </message>
    <message>
        <source>Beasiswa</source>
        <translation>Scholarship</translation>
    </message>
    <message>
        <source>Lapor BPJS</source>
        <translation>Reported to BPJS</translation>
    </message>
    <message>
        <source>Klaim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Masa iur: bulan yang iurannya jatuh tempo sebelum peristiwa. Beasiswa anak memerlukan paling sedikit {n} bulan.</source>
        <translation>Paid months: months whose contribution fell due before the event. The children&apos;s scholarship needs at least {n} months.</translation>
    </message>
    <message>
        <source>Catat peristiwa…</source>
        <translation>Record an event…</translation>
    </message>
    <message>
        <source>Klaim…</source>
        <translation>Claim…</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>{n} bulan</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>memenuhi</source>
        <translation>met</translation>
    </message>
    <message>
        <source>Pilih dulu satu peristiwa.</source>
        <translation>Select an event first.</translation>
    </message>
    <message>
        <source>Klaim baru…</source>
        <translation>New claim…</translation>
    </message>
    <message>
        <source>Klaim yang dibuka:</source>
        <translation>Claim to open:</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Perpanjang masa jabatan (SK baru)</source>
        <translation>Extend the term (new SK)</translation>
    </message>
    <message>
        <source>dihitung</source>
        <translation>computed</translation>
    </message>
    <message>
        <source>Belum ada masa jabatan yang tercatat.</source>
        <translation>No term of office recorded yet.</translation>
    </message>
    <message>
        <source>Masa jabatan ke-{n}: {start} s.d. {end}; {sk}</source>
        <translation>Term {n}: {start} to {end}; {sk}</translation>
    </message>
    <message>
        <source>Jenis SK:</source>
        <translation>SK kind:</translation>
    </message>
    <message>
        <source>Nomor SK:</source>
        <translation>SK number:</translation>
    </message>
    <message>
        <source>Tanggal SK:</source>
        <translation>SK date:</translation>
    </message>
    <message>
        <source>TMT mulai:</source>
        <translation>TMT start:</translation>
    </message>
    <message>
        <source>TMT berakhir:</source>
        <translation>TMT end:</translation>
    </message>
    <message>
        <source>Kosongkan TMT berakhir agar dihitung dari lama masa jabatan kategori.</source>
        <translation>Leave the TMT end empty to compute it from the category&apos;s term length.</translation>
    </message>
    <message>
        <source>Simpan SK baru</source>
        <translation>Save new SK</translation>
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
        <source>Tetap simpan?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <source>Perpanjang masa jabatan</source>
        <translation>Extend the term</translation>
    </message>
</context>
<context>
    <name>MonthInput</name>
    <message>
        <source>bb-tttt</source>
        <translation>mm-yyyy</translation>
    </message>
</context>
<context>
    <name>PickParticipantDialog</name>
    <message>
        <source>Pilih peserta</source>
        <translation>Choose a participant</translation>
    </message>
    <message>
        <source>Cari NIK, nama, atau RT/RW …</source>
        <translation>Search NIK, name, or RT/RW …</translation>
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
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>Cari jabatan, unit atau nama pemegang …</source>
        <translation>Search post, unit or holder&apos;s name …</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
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
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pemegang</source>
        <translation>Holders</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Masa</source>
        <translation>Term</translation>
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
        <source>SK</source>
        <translation>SK</translation>
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
        <source>Riwayat jabatan</source>
        <translation>Post history</translation>
    </message>
    <message>
        <source>Cetak riwayat…</source>
        <translation>Print history…</translation>
    </message>
    <message>
        <source>Ganti pejabat…</source>
        <translation>Replace post holder…</translation>
    </message>
    <message>
        <source>pemegang melebihi jumlah kursi ({n})</source>
        <translation>more holders than seats ({n})</translation>
    </message>
    <message>
        <source>menunggu pengganti</source>
        <translation>waiting for a successor</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>Pilih jabatan untuk melihat riwayat pemegangnya.</source>
        <translation>Select a post to see the history of its holders.</translation>
    </message>
    <message>
        <source>Riwayat {post}</source>
        <translation>History of {post}</translation>
    </message>
    <message>
        <source>diperpanjang {date}</source>
        <translation>extended {date}</translation>
    </message>
    <message>
        <source>berhenti {date}: {reason}</source>
        <translation>left {date}: {reason}</translation>
    </message>
    <message>
        <source>; diganti {name}</source>
        <translation>; replaced by {name}</translation>
    </message>
    <message>
        <source>menjabat</source>
        <translation>in office</translation>
    </message>
    <message>
        <source>Cetak riwayat</source>
        <translation>Print history</translation>
    </message>
    <message>
        <source>Pilih dulu satu jabatan.</source>
        <translation>Select a post first.</translation>
    </message>
    <message>
        <source>Simpan riwayat jabatan</source>
        <translation>Save post history</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Riwayat jabatan tersimpan: {path}</source>
        <translation>Post history saved: {path}</translation>
    </message>
    <message>
        <source>Ganti pejabat</source>
        <translation>Replace post holder</translation>
    </message>
    <message>
        <source>Jabatan ini tidak punya pemegang yang menjabat.</source>
        <translation>This post has no holder in office.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Ganti pejabat</source>
        <translation>Replace post holder</translation>
    </message>
    <message>
        <source>Boleh dikosongkan</source>
        <translation>May be left empty</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Tanggal berhenti:</source>
        <translation>Leaving date:</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Pemegang baru</source>
        <translation>New holder</translation>
    </message>
    <message>
        <source>Belum ada: jabatan menunggu pengganti</source>
        <translation>None yet: the post waits for a successor</translation>
    </message>
    <message>
        <source>Peserta yang sudah terdaftar:</source>
        <translation>A registered participant:</translation>
    </message>
    <message>
        <source>Daftarkan peserta baru (formulir isian dibuka setelah ini)</source>
        <translation>Register a new participant (the entry form opens next)</translation>
    </message>
    <message>
        <source> (belum punya jabatan)</source>
        <translation> (no post yet)</translation>
    </message>
    <message>
        <source>sama dengan tanggal berhenti</source>
        <translation>same as the leaving date</translation>
    </message>
    <message>
        <source>TMT mulai pemegang baru:</source>
        <translation>New holder&apos;s TMT start:</translation>
    </message>
    <message>
        <source>Simpan penggantian</source>
        <translation>Save replacement</translation>
    </message>
    <message>
        <source>Tanggal berhenti</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <source>Tanggal berhenti wajib diisi.</source>
        <translation>The leaving date is required.</translation>
    </message>
    <message>
        <source>TMT mulai</source>
        <translation>TMT start</translation>
    </message>
</context>
<context>
    <name>ReplacementsTab</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Berhenti</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pengganti</source>
        <translation>Successor</translation>
    </message>
    <message>
        <source>Penggantian</source>
        <translation>Replacements</translation>
    </message>
    <message>
        <source>Pilih pengganti…</source>
        <translation>Choose a successor…</translation>
    </message>
    <message>
        <source>Daftarkan pengganti baru…</source>
        <translation>Register a new successor…</translation>
    </message>
    <message>
        <source>menunggu pengganti</source>
        <translation>waiting for a successor</translation>
    </message>
    <message>
        <source>Pilih penggantian yang masih menunggu pengganti.</source>
        <translation>Select a replacement that still waits for a successor.</translation>
    </message>
    <message>
        <source>Pilih pengganti</source>
        <translation>Choose a successor</translation>
    </message>
    <message>
        <source>Belum ada peserta lain di kategori ini; daftarkan pengganti baru.</source>
        <translation>No other participant in this category yet; register a new successor.</translation>
    </message>
    <message>
        <source>Pemegang baru:</source>
        <translation>New holder:</translation>
    </message>
</context>
<context>
    <name>Tenure</name>
    <message>
        <source>berakhir kemarin</source>
        <translation>ended yesterday</translation>
    </message>
    <message>
        <source>berakhir {n} hari lalu</source>
        <translation>ended {n} days ago</translation>
    </message>
    <message>
        <source>berakhir hari ini</source>
        <translation>ends today</translation>
    </message>
    <message>
        <source>besok berakhir</source>
        <translation>ends tomorrow</translation>
    </message>
    <message>
        <source>{n} hari lagi</source>
        <translation>{n} days left</translation>
    </message>
</context>
<context>
    <name>TenureActions</name>
    <message>
        <source>Ganti pejabat</source>
        <translation>Replace post holder</translation>
    </message>
    <message>
        <source>Penggantian tersimpan.</source>
        <translation>Replacement saved.</translation>
    </message>
    <message>
        <source>Perpanjang masa jabatan</source>
        <translation>Extend the term</translation>
    </message>
    <message>
        <source>SK baru tersimpan.</source>
        <translation>New SK saved.</translation>
    </message>
    <message>
        <source>Catat peristiwa</source>
        <translation>Record an event</translation>
    </message>
    <message>
        <source>Peristiwa tersimpan.</source>
        <translation>Event saved.</translation>
    </message>
    <message>
        <source>Bulan cakupan</source>
        <translation>Covered months</translation>
    </message>
    <message>
        <source>Bulan cakupan tersimpan.</source>
        <translation>Covered months saved.</translation>
    </message>
</context>
<context>
    <name>TenureDialogs</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{label}: tanggal tidak dapat dibaca ({text}).</source>
        <translation>{label}: the date cannot be read ({text}).</translation>
    </message>
</context>
<context>
    <name>TenureMenu</name>
    <message>
        <source>Pilih satu peserta di daftar terlebih dahulu.</source>
        <translation>Select one participant in the list first.</translation>
    </message>
    <message>
        <source>Masa &amp;jabatan &amp;&amp; klaim…</source>
        <translation>&amp;Terms &amp;&amp; claims…</translation>
    </message>
    <message>
        <source>&amp;Ganti pejabat…</source>
        <translation>&amp;Replace post holder…</translation>
    </message>
    <message>
        <source>Ganti pejabat</source>
        <translation>Replace post holder</translation>
    </message>
    <message>
        <source>Perpanjang masa jabatan (SK &amp;baru)…</source>
        <translation>Extend the term (&amp;new SK)…</translation>
    </message>
    <message>
        <source>Perpanjang masa jabatan</source>
        <translation>Extend the term</translation>
    </message>
    <message>
        <source>Catat &amp;kematian / kecelakaan kerja…</source>
        <translation>Record a &amp;death / work accident…</translation>
    </message>
    <message>
        <source>Catat peristiwa</source>
        <translation>Record an event</translation>
    </message>
    <message>
        <source>Bulan &amp;cakupan…</source>
        <translation>Covered &amp;months…</translation>
    </message>
    <message>
        <source>Bulan cakupan</source>
        <translation>Covered months</translation>
    </message>
</context>
<context>
    <name>TenurePanel</name>
    <message>
        <source>Masa jabatan berakhir</source>
        <translation>Terms ending</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>TMT berakhir</source>
        <translation>TMT end</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Buka masa jabatan &amp;&amp; klaim…</source>
        <translation>Open terms &amp;&amp; claims…</translation>
    </message>
    <message>
        <source>Dibayar {month}: {n} peserta</source>
        <translation>Paid for {month}: {n} participants</translation>
    </message>
    <message>
        <source>{n} berakhir dalam {days} hari atau sudah berakhir</source>
        <translation>{n} ending within {days} days or already ended</translation>
    </message>
    <message>
        <source>{n} jabatan menunggu pengganti</source>
        <translation>{n} posts waiting for a successor</translation>
    </message>
    <message>
        <source>{n} peserta tanpa jabatan</source>
        <translation>{n} participants without a post</translation>
    </message>
</context>
<context>
    <name>TenureWindow</name>
    <message>
        <source>Masa jabatan, penggantian &amp; klaim</source>
        <translation>Terms, replacements &amp; claims</translation>
    </message>
    <message>
        <source>Masa jabatan berakhir</source>
        <translation>Terms ending</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Penggantian</source>
        <translation>Replacements</translation>
    </message>
    <message>
        <source>Cakupan bulanan</source>
        <translation>Monthly coverage</translation>
    </message>
    <message>
        <source>Peristiwa &amp;&amp; klaim</source>
        <translation>Events &amp;&amp; claims</translation>
    </message>
    <message>
        <source>Data ini dicatat kelurahan dan diterima lewat sinkronisasi; kantor kota melihat dan mencetaknya.</source>
        <translation>These records are kept by the kelurahan and arrive through sync; the city office views and prints them.</translation>
    </message>
</context>
<context>
    <name>TermEndFilter</name>
    <message>
        <source>Saring masa jabatan</source>
        <translation>Filter by term of office</translation>
    </message>
    <message>
        <source>Saring menurut akhir masa jabatan</source>
        <translation>Filter by the end of the term of office</translation>
    </message>
    <message>
        <source>Semua masa jabatan</source>
        <translation>All terms</translation>
    </message>
</context>
<context>
    <name>TermsTab</name>
    <message>
        <source>Berakhir ≤ 60 hari dan yang sudah berakhir</source>
        <translation>Ends in ≤ 60 days, and already ended</translation>
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
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>TMT berakhir</source>
        <translation>TMT end</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Masa jabatan berakhir</source>
        <translation>Terms ending</translation>
    </message>
    <message>
        <source>Jabatan yang dituju</source>
        <translation>Post it belongs to</translation>
    </message>
    <message>
        <source>Masih dipegang</source>
        <translation>Still held by</translation>
    </message>
    <message>
        <source>Peserta tanpa jabatan</source>
        <translation>Participants without a post</translation>
    </message>
    <message>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Perpanjang (SK baru)…</source>
        <translation>Extend (new SK)…</translation>
    </message>
    <message>
        <source>Ganti pejabat…</source>
        <translation>Replace post holder…</translation>
    </message>
    <message>
        <source>Peserta tanpa jabatan: jabatan yang dituju masih dipegang orang lain. Catat dulu penggantian pemegangnya, lalu tetapkan jabatannya.</source>
        <translation>Participants without a post: their post is still held by someone else. Record that holder&apos;s replacement first, then assign the post.</translation>
    </message>
    <message>
        <source>Tetapkan jabatan</source>
        <translation>Assign post</translation>
    </message>
    <message>
        <source>Ganti pejabat pemegangnya…</source>
        <translation>Replace its holder…</translation>
    </message>
    <message>
        <source>Ditampilkan {shown} dari {total}; yang lain menyusul setelah yang di atas diselesaikan.</source>
        <translation>Showing {shown} of {total}; the rest follow once these are dealt with.</translation>
    </message>
    <message>
        <source>Masa jabatan</source>
        <translation>Term of office</translation>
    </message>
    <message>
        <source>Pilih dulu satu baris di daftar.</source>
        <translation>Select a row in the list first.</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>Peserta tidak ditemukan.</source>
        <translation>Participant not found.</translation>
    </message>
    <message>
        <source>Isi dulu bulan pertama cakupan.</source>
        <translation>Fill in the first covered month first.</translation>
    </message>
    <message>
        <source>Bulan terakhir cakupan ({last}) sebelum bulan pertamanya ({first}).</source>
        <translation>The last covered month ({last}) is before the first ({first}).</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>Peserta tidak ditemukan atau sudah diarsipkan.</source>
        <translation>Participant not found or archived.</translation>
    </message>
    <message>
        <source>Peristiwa tidak ditemukan.</source>
        <translation>Event not found.</translation>
    </message>
    <message>
        <source>Jenis peristiwa &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown event kind &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Tanggal kejadian wajib diisi.</source>
        <translation>The date of the event is required.</translation>
    </message>
    <message>
        <source>Tanggal kejadian ({date}) belum terjadi.</source>
        <translation>The date of the event ({date}) has not come yet.</translation>
    </message>
    <message>
        <source>Waktu lapor ke BPJS sebelum waktu kejadian.</source>
        <translation>The time reported to BPJS is before the time of the event.</translation>
    </message>
    <message>
        <source>Kematian {name} sudah tercatat.</source>
        <translation>The death of {name} is already recorded.</translation>
    </message>
    <message>
        <source>Jenis klaim &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown claim kind &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Klaim {kind} tidak berlaku untuk peristiwa {event}.</source>
        <translation>A {kind} claim does not apply to the event {event}.</translation>
    </message>
    <message>
        <source>Klaim {kind} untuk peristiwa ini sudah ada.</source>
        <translation>A {kind} claim for this event exists already.</translation>
    </message>
    <message>
        <source>Status klaim &apos;{status}&apos; tidak dikenal.</source>
        <translation>Unknown claim status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Jumlah klaim tidak boleh negatif.</source>
        <translation>The claim amount cannot be negative.</translation>
    </message>
    <message>
        <source>Klaim yang dibayar memerlukan jumlah dan tanggal pembayaran.</source>
        <translation>A paid claim needs its amount and the payment date.</translation>
    </message>
    <message>
        <source>Isi tanggal pengajuan klaim ke BPJS.</source>
        <translation>Fill in the date the claim was submitted to BPJS.</translation>
    </message>
    <message>
        <source>Klaim tidak ditemukan.</source>
        <translation>Claim not found.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Meninggal dunia</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Mengundurkan diri</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <source>Masa jabatan habis</source>
        <translation>Term of office over</translation>
    </message>
    <message>
        <source>Pindah domisili</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Menjadi ASN/PPPK</source>
        <translation>Became ASN/PPPK</translation>
    </message>
    <message>
        <source>Terdaftar di pemberi kerja lain</source>
        <translation>Registered with another employer</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Diperpanjang dengan SK baru</source>
        <translation>Extended by a new SK</translation>
    </message>
    <message>
        <source>Kecelakaan kerja</source>
        <translation>Work accident</translation>
    </message>
    <message>
        <source>Berkas disiapkan</source>
        <translation>Papers being prepared</translation>
    </message>
    <message>
        <source>Diajukan ke BPJS</source>
        <translation>Submitted to BPJS</translation>
    </message>
    <message>
        <source>Diproses BPJS</source>
        <translation>Being processed by BPJS</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Sudah berakhir</source>
        <translation>Already ended</translation>
    </message>
    <message>
        <source>Berakhir ≤ 30 hari</source>
        <translation>Ends in ≤ 30 days</translation>
    </message>
    <message>
        <source>Berakhir ≤ 60 hari</source>
        <translation>Ends in ≤ 60 days</translation>
    </message>
    <message>
        <source>Berakhir ≤ {days} hari</source>
        <translation>Ends in ≤ {days} days</translation>
    </message>
</context>
<context>
    <name>posts</name>
    <message>
        <source>{start} s.d. {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{name} (TMT {period})</source>
        <translation>{name} (TMT {period})</translation>
    </message>
    <message>
        <source>Jabatan {post} masih dipegang {holders}. Catat dulu penggantiannya lewat &quot;Ganti pejabat&quot; (alasan dan tanggal), lalu daftarkan pemegang baru.</source>
        <translation>The post {post} is still held by {holders}. Record the replacement first with &quot;Replace post holder&quot; (reason and date), then register the new holder.</translation>
    </message>
    <message>
        <source>Jabatan tidak ditemukan.</source>
        <translation>Post not found.</translation>
    </message>
    <message>
        <source>Jumlah pemegang paling sedikit 1 (kosongkan bila tidak dibatasi).</source>
        <translation>At least 1 holder (leave empty for no limit).</translation>
    </message>
    <message>
        <source>Jabatan ini sekarang dipegang {n} orang; jumlah pemegang tidak boleh kurang dari itu.</source>
        <translation>{n} people hold this post now; the number of holders cannot be fewer.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Masa jabatan, penggantian, cakupan dan peristiwa dicatat oleh kelurahan; kantor kota menerimanya lewat sinkronisasi.</source>
        <translation>Terms, replacements, coverage and events are recorded by the kelurahan; the city office receives them through sync.</translation>
    </message>
</context>
<context>
    <name>replacement</name>
    <message>
        <source>{reason} per {date}</source>
        <translation>{reason} as of {date}</translation>
    </message>
    <message>
        <source>Peserta tidak ditemukan atau sudah diarsipkan.</source>
        <translation>Participant not found or archived.</translation>
    </message>
    <message>
        <source>Alasan penggantian &apos;{reason}&apos; tidak dikenal.</source>
        <translation>Unknown replacement reason &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <source>Tanggal berhenti wajib diisi.</source>
        <translation>The leaving date is required.</translation>
    </message>
    <message>
        <source>{name} sudah tidak menjabat (status {status}).</source>
        <translation>{name} is no longer in office (status {status}).</translation>
    </message>
    <message>
        <source>Tanggal berhenti ({date}) sebelum TMT mulai ({start}).</source>
        <translation>The leaving date ({date}) is before the TMT start ({start}).</translation>
    </message>
    <message>
        <source>Penggantian tidak ditemukan.</source>
        <translation>Replacement not found.</translation>
    </message>
    <message>
        <source>Penggantian ini sudah punya pemegang baru.</source>
        <translation>This replacement already has a new holder.</translation>
    </message>
    <message>
        <source>Jabatan yang ditinggalkan tidak diketahui.</source>
        <translation>The post left behind is not known.</translation>
    </message>
    <message>
        <source>Pemegang baru tidak boleh orang yang sama dengan yang diganti.</source>
        <translation>The new holder cannot be the person being replaced.</translation>
    </message>
    <message>
        <source>{name} berstatus {status}; pilih peserta yang masih aktif menjabat.</source>
        <translation>{name} has status {status}; choose a participant still in office.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Berkas aturan masa jabatan {name} tidak dapat dibaca: {reason}</source>
        <translation>The term rules file {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Berkas aturan masa jabatan {name} tidak valid: {reason}</source>
        <translation>The term rules file {name} is not valid: {reason}</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>Ada peringatan yang perlu dikonfirmasi.</source>
        <translation>There are warnings to confirm.</translation>
    </message>
    <message>
        <source>TMT berakhir ({end}) sebelum TMT mulai ({start}).</source>
        <translation>The TMT end ({end}) is before the TMT start ({start}).</translation>
    </message>
    <message>
        <source>Jabatan itu milik kelurahan lain.</source>
        <translation>That post belongs to another kelurahan.</translation>
    </message>
    <message>
        <source>Peserta tidak ditemukan atau sudah diarsipkan.</source>
        <translation>Participant not found or archived.</translation>
    </message>
    <message>
        <source>{name} sudah tidak menjabat (status {status}); masa jabatannya tidak dapat diperpanjang.</source>
        <translation>{name} is no longer in office (status {status}); the term cannot be extended.</translation>
    </message>
    <message>
        <source>Nomor SK wajib diisi.</source>
        <translation>The SK number is required.</translation>
    </message>
    <message>
        <source>TMT mulai SK baru ({start}) harus sesudah TMT mulai masa jabatan yang berjalan ({current}).</source>
        <translation>The new SK&apos;s TMT start ({start}) must be after the start of the running term ({current}).</translation>
    </message>
    <message>
        <source>Ini masa jabatan ke-{n} {name} pada jabatan yang sama; aturan kategori ini paling banyak {most} kali.</source>
        <translation>This is term {n} of {name} in the same post; this category allows at most {most}.</translation>
    </message>
    <message>
        <source>Masa jabatan tidak ditemukan.</source>
        <translation>Term of office not found.</translation>
    </message>
</context>
</TS>
