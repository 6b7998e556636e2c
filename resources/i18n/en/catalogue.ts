<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Catalogue</name>
    <message>
        <source>Kelembagaan Kelurahan</source>
        <translation>Kelurahan institutions</translation>
    </message>
    <message>
        <source>Kesehatan</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Keagamaan</source>
        <translation>Religious</translation>
    </message>
    <message>
        <source>Sosial &amp; Kebencanaan</source>
        <translation>Social &amp; disaster relief</translation>
    </message>
    <message>
        <source>Pegawai Non-ASN</source>
        <translation>Non-civil-service staff</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ketua RT</source>
        <translation>RT head</translation>
    </message>
    <message>
        <source>Nomor RT</source>
        <translation>RT number</translation>
    </message>
    <message>
        <source>Nomor RW</source>
        <translation>RW number</translation>
    </message>
    <message>
        <source>Masa jabatan</source>
        <translation>Term of office</translation>
    </message>
    <message>
        <source>contoh 2023-2026</source>
        <translation>e.g. 2023-2026</translation>
    </message>
    <message>
        <source>Jenis SK</source>
        <translation>SK kind</translation>
    </message>
    <message>
        <source>siapa yang menandatangani SK pengangkatan</source>
        <translation>who signed the appointment SK</translation>
    </message>
    <message>
        <source>SK Lurah</source>
        <translation>SK of the Lurah</translation>
    </message>
    <message>
        <source>SK Kepala Desa</source>
        <translation>SK of the village head</translation>
    </message>
    <message>
        <source>SK Camat</source>
        <translation>SK of the Camat</translation>
    </message>
    <message>
        <source>SK Wali Kota / Bupati</source>
        <translation>SK of the mayor / regent</translation>
    </message>
    <message>
        <source>SK Kepala Dinas</source>
        <translation>SK of the agency head</translation>
    </message>
    <message>
        <source>SK Kepala Sekolah</source>
        <translation>SK of the head of school</translation>
    </message>
    <message>
        <source>SK Ketua DKM / Takmir</source>
        <translation>SK of the mosque board</translation>
    </message>
    <message>
        <source>SK Ketua Yayasan / Pengurus</source>
        <translation>SK of the foundation or board</translation>
    </message>
    <message>
        <source>Surat Tugas</source>
        <translation>Letter of assignment</translation>
    </message>
    <message>
        <source>TMT berakhir</source>
        <translation>TMT end</translation>
    </message>
    <message>
        <source>akhir masa jabatan; kosongkan agar dihitung dari lama masa jabatan</source>
        <translation>end of the term; leave empty to compute it from the term length</translation>
    </message>
    <message>
        <source>Ketua RW</source>
        <translation>RW head</translation>
    </message>
    <message>
        <source>Pengurus LPM Kelurahan</source>
        <translation>Kelurahan LPM board member</translation>
    </message>
    <message>
        <source>Jabatan di LPM</source>
        <translation>Position in the LPM</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Wakil Ketua</source>
        <translation>Vice chair</translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Kader Posyandu Balita</source>
        <translation>Posyandu cadre (under-fives)</translation>
    </message>
    <message>
        <source>Nama posyandu</source>
        <translation>Posyandu name</translation>
    </message>
    <message>
        <source>Kader</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Kader Posyandu Lansia</source>
        <translation>Posyandu cadre (elderly)</translation>
    </message>
    <message>
        <source>Nama posyandu lansia</source>
        <translation>Elderly posyandu name</translation>
    </message>
    <message>
        <source>Kader Poskeskel</source>
        <translation>Poskeskel cadre</translation>
    </message>
    <message>
        <source>Nama poskeskel</source>
        <translation>Poskeskel name</translation>
    </message>
    <message>
        <source>Kader PPKBD</source>
        <translation>PPKBD cadre</translation>
    </message>
    <message>
        <source>Wilayah binaan</source>
        <translation>Area served</translation>
    </message>
    <message>
        <source>Kader Sub PPKBD</source>
        <translation>Sub-PPKBD cadre</translation>
    </message>
    <message>
        <source>Tenaga Pendamping Keluarga</source>
        <translation>Family assistance worker</translation>
    </message>
    <message>
        <source>Unsur TPK</source>
        <translation>TPK role</translation>
    </message>
    <message>
        <source>Bidan</source>
        <translation>Midwife</translation>
    </message>
    <message>
        <source>Kader PKK</source>
        <translation>PKK cadre</translation>
    </message>
    <message>
        <source>Kader KB</source>
        <translation>Family planning cadre</translation>
    </message>
    <message>
        <source>Nomor tim</source>
        <translation>Team number</translation>
    </message>
    <message>
        <source>Guru TPA</source>
        <translation>TPA teacher (Quran school)</translation>
    </message>
    <message>
        <source>Nama TPA/TPQ</source>
        <translation>TPA/TPQ name</translation>
    </message>
    <message>
        <source>Guru Sekolah Minggu</source>
        <translation>Sunday school teacher</translation>
    </message>
    <message>
        <source>Nama gereja</source>
        <translation>Church name</translation>
    </message>
    <message>
        <source>Marbot Masjid</source>
        <translation>Mosque caretaker (marbot)</translation>
    </message>
    <message>
        <source>Nama masjid/musala</source>
        <translation>Mosque/prayer room name</translation>
    </message>
    <message>
        <source>Marbot</source>
        <translation>Marbot</translation>
    </message>
    <message>
        <source>Kaum (Pengurus Jenazah)</source>
        <translation>Kaum (funeral caretaker)</translation>
    </message>
    <message>
        <source>Wilayah tugas</source>
        <translation>Area of duty</translation>
    </message>
    <message>
        <source>Kaum</source>
        <translation>Kaum</translation>
    </message>
    <message>
        <source>Juru Kunci Makam</source>
        <translation>Cemetery keeper</translation>
    </message>
    <message>
        <source>Nama tempat pemakaman</source>
        <translation>Cemetery name</translation>
    </message>
    <message>
        <source>Juru Kunci</source>
        <translation>Cemetery caretaker</translation>
    </message>
    <message>
        <source>Petugas Linmas</source>
        <translation>Linmas (civil protection) officer</translation>
    </message>
    <message>
        <source>Pos/regu linmas</source>
        <translation>Linmas post/squad</translation>
    </message>
    <message>
        <source>Nomor KTA linmas</source>
        <translation>Linmas member card number</translation>
    </message>
    <message>
        <source>Anggota Linmas</source>
        <translation>Linmas member</translation>
    </message>
    <message>
        <source>Pekerja Sosial Masyarakat (PSM)</source>
        <translation>Community social worker (PSM)</translation>
    </message>
    <message>
        <source>Nomor induk PSM</source>
        <translation>PSM registration number</translation>
    </message>
    <message>
        <source>PSM</source>
        <translation>PSM</translation>
    </message>
    <message>
        <source>Tenaga Kesejahteraan Sosial Kecamatan (TKSK)</source>
        <translation>Kecamatan social welfare worker (TKSK)</translation>
    </message>
    <message>
        <source>Nomor induk TKSK</source>
        <translation>TKSK registration number</translation>
    </message>
    <message>
        <source>TKSK</source>
        <translation>TKSK</translation>
    </message>
    <message>
        <source>Kader Lingkungan</source>
        <translation>Environment cadre</translation>
    </message>
    <message>
        <source>Bidang kegiatan</source>
        <translation>Field of activity</translation>
    </message>
    <message>
        <source>contoh bank sampah</source>
        <translation>e.g. waste bank</translation>
    </message>
    <message>
        <source>Relawan Bencana</source>
        <translation>Disaster volunteer</translation>
    </message>
    <message>
        <source>Organisasi/KSB</source>
        <translation>Organisation/KSB</translation>
    </message>
    <message>
        <source>Pejabat Negara</source>
        <translation>State official</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pegawai Tidak Tetap Harian Lepas (PTHL)</source>
        <translation>Casual daily worker (PTHL)</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Guru Honorer</source>
        <translation>Honorary teacher</translation>
    </message>
    <message>
        <source>Nama sekolah</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>Mata pelajaran</source>
        <translation>Subject taught</translation>
    </message>
    <message>
        <source>Jaminan Kematian (JKM)</source>
        <translation>Death benefit (JKM)</translation>
    </message>
    <message>
        <source>Kartu peserta BPJS Ketenagakerjaan</source>
        <translation>BPJS Ketenagakerjaan membership card</translation>
    </message>
    <message>
        <source>KTP peserta (almarhum/almarhumah)</source>
        <translation>KTP of the deceased participant</translation>
    </message>
    <message>
        <source>Kartu Keluarga</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <source>Surat keterangan kematian</source>
        <translation>Death certificate</translation>
    </message>
    <message>
        <source>Surat keterangan ahli waris</source>
        <translation>Certificate of heirs</translation>
    </message>
    <message>
        <source>KTP ahli waris</source>
        <translation>Heir's KTP</translation>
    </message>
    <message>
        <source>Buku tabungan ahli waris</source>
        <translation>Heir's savings book</translation>
    </message>
    <message>
        <source>JKK: meninggal karena kecelakaan kerja</source>
        <translation>JKK: death from a work accident</translation>
    </message>
    <message>
        <source>Laporan kecelakaan kerja (tahap I)</source>
        <translation>Work accident report (stage I)</translation>
    </message>
    <message>
        <source>Kronologi kejadian</source>
        <translation>Account of what happened</translation>
    </message>
    <message>
        <source>Jaminan Kecelakaan Kerja (JKK)</source>
        <translation>Work accident benefit (JKK)</translation>
    </message>
    <message>
        <source>KTP peserta</source>
        <translation>Participant's KTP</translation>
    </message>
    <message>
        <source>Surat keterangan dari kelurahan</source>
        <translation>Certificate from the kelurahan</translation>
    </message>
    <message>
        <source>Surat keterangan dokter / rumah sakit</source>
        <translation>Doctor's or hospital certificate</translation>
    </message>
    <message>
        <source>Buku tabungan peserta</source>
        <translation>Participant's savings book</translation>
    </message>
    <message>
        <source>Beasiswa anak peserta</source>
        <translation>Scholarship for the participant's children</translation>
    </message>
    <message>
        <source>Akta kelahiran anak</source>
        <translation>Child's birth certificate</translation>
    </message>
    <message>
        <source>Surat keterangan aktif sekolah / kuliah</source>
        <translation>Certificate of school or university enrolment</translation>
    </message>
    <message>
        <source>Rapor / kartu hasil studi terakhir</source>
        <translation>Latest school report or transcript</translation>
    </message>
    <message>
        <source>Buku tabungan anak atau wali</source>
        <translation>Savings book of the child or guardian</translation>
    </message>
</context>
</TS>
