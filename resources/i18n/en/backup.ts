<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>copies</name>
    <message>
        <source>Tidak ada basis data yang terbuka untuk dicadangkan.</source>
        <translation>No database is open to back up.</translation>
    </message>
    <message>
        <source>Salinan cadangan gagal diperiksa; cadangan dibatalkan.</source>
        <translation>The backup copy failed its check; the backup was cancelled.</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Gagal {doing}: {reason}.</source>
        <translation>Could not {doing}: {reason}.</translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan: {path}.</source>
        <translation>Database not found: {path}.</translation>
    </message>
    <message>
        <source>membuat cadangan</source>
        <translation>make a backup</translation>
    </message>
    <message>
        <source>menyalin cadangan ke folder kedua</source>
        <translation>copy the backup to the second folder</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak dapat dipakai: {name}.</source>
        <translation>The backup file cannot be used: {name}.</translation>
    </message>
    <message>
        <source>memulihkan cadangan</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>Gagal memulihkan cadangan: {reason}.</source>
        <translation>Could not restore the backup: {reason}.</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai; tutup jendela dan proses lain lalu ulangi pemulihan.</source>
        <translation>The database is in use; close the other windows and programs, then restore again.</translation>
    </message>
    <message>
        <source>mencadangkan basis data saat ini</source>
        <translation>back up the current database</translation>
    </message>
    <message>
        <source>Salinan basis data rusak</source>
        <translation>Copy of the damaged database</translation>
    </message>
    <message>
        <source>menyimpan basis data yang rusak</source>
        <translation>keep the damaged database</translation>
    </message>
    <message>
        <source>Basis data yang rusak tidak dapat disimpan: {reason}.</source>
        <translation>The damaged database could not be kept: {reason}.</translation>
    </message>
</context>
<context>
    <name>instance_lock</name>
    <message>
        <source>{program}, PID {pid} di komputer {host}, sejak {since}</source>
        <translation>{program}, PID {pid} on computer {host}, since {since}</translation>
    </message>
    <message>
        <source>PID {pid} di komputer {host}, sejak {since}</source>
        <translation>PID {pid} on computer {host}, since {since}</translation>
    </message>
    <message>
        <source>Berkas kunci tidak dapat dibuat di {folder}: {reason}.</source>
        <translation>The lock file could not be created in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Jamsostek Desktop sudah terbuka untuk basis data ini ({holder}). Gunakan jendela yang sudah terbuka, atau tutup dulu program itu.</source>
        <translation>Jamsostek Desktop is already open on this database ({holder}). Use the window that is open, or close that program first.</translation>
    </message>
    <message>
        <source>Jamsostek Desktop sudah terbuka untuk basis data ini. Gunakan jendela yang sudah terbuka, atau tutup dulu program itu.</source>
        <translation>Jamsostek Desktop is already open on this database. Use the window that is open, or close that program first.</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>peserta</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>kategori</source>
        <translation>categories</translation>
    </message>
    <message>
        <source>profil</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>tarif iuran</source>
        <translation>contribution rates</translation>
    </message>
    <message>
        <source>log audit</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>pengguna</source>
        <translation>users</translation>
    </message>
    <message>
        <source>kelurahan</source>
        <translation>kelurahan</translation>
    </message>
    <message>
        <source>{name} sedang dikunci program lain; tutup program itu lalu coba lagi. Berkasnya tidak diubah.</source>
        <translation>{name} is locked by another program; close that program and try again. The file was not changed.</translation>
    </message>
    <message>
        <source>{name} tidak dapat dibuka: {reason}. Ini masalah penyimpanan (izin folder, folder hanya-baca, disk), bukan kerusakan berkas; berkasnya tidak diubah.</source>
        <translation>{name} cannot be opened: {reason}. This is a storage problem (folder permissions, a read-only folder, the disk), not a damaged file; the file was not changed.</translation>
    </message>
    <message>
        <source>Berkas basis data {name} tidak dapat dibaca: {reason}. Berkasnya tidak diubah.</source>
        <translation>Database file {name} cannot be read: {reason}. The file was not changed.</translation>
    </message>
    <message>
        <source>Berkas basis data {name} rusak: {problem}</source>
        <translation>Database file {name} is damaged: {problem}</translation>
    </message>
    <message>
        <source>Berkas kosong.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Berkas bukan basis data SQLite.</source>
        <translation>The file is not an SQLite database.</translation>
    </message>
    <message>
        <source>Berkas terpotong.</source>
        <translation>The file is cut short.</translation>
    </message>
    <message>
        <source>Berkas tidak ada.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {reason}. Berkasnya tidak diubah.</source>
        <translation>File {name} cannot be read: {reason}. The file was not changed.</translation>
    </message>
    <message>
        <source>{n} rujukan (foreign key) tidak cocok, mis. tabel {table}.</source>
        <translation>{n} reference(s) (foreign keys) do not match, e.g. table {table}.</translation>
    </message>
    <message>
        <source>Versi skema {version} lebih baru dari program ini ({latest}).</source>
        <translation>Schema version {version} is newer than this program ({latest}).</translation>
    </message>
    <message>
        <source>Tabel peserta tidak ada: bukan basis data Jamsostek.</source>
        <translation>No participant table: not a Jamsostek database.</translation>
    </message>
    <message>
        <source>{table} {key}: kolom {columns} bukan teks UTF-8 yang valid (diubah di luar program?)</source>
        <translation>{table} {key}: column {columns} is not valid UTF-8 text (changed outside the program?)</translation>
    </message>
    <message>
        <source>... dan {n} baris lain dengan teks bukan UTF-8.</source>
        <translation>... and {n} more rows with text that is not UTF-8.</translation>
    </message>
    <message>
        <source>menyimpan data</source>
        <translation>save the data</translation>
    </message>
    <message>
        <source>Gagal {doing}: ruang penyimpanan (disk) penuh. Tidak ada data yang berubah; kosongkan ruang disk lalu ulangi.</source>
        <translation>Could not {doing}: the disk is full. No data was changed; free some disk space and try again.</translation>
    </message>
    <message>
        <source>Gagal {doing}: lokasi penyimpanan hanya dapat dibaca (read-only).</source>
        <translation>Could not {doing}: the storage location is read-only.</translation>
    </message>
    <message>
        <source>Gagal {doing}: basis data sedang dipakai program lain; coba lagi sebentar lagi.</source>
        <translation>Could not {doing}: another program is using the database; try again in a moment.</translation>
    </message>
    <message>
        <source>Gagal {doing}: kesalahan baca/tulis disk. Periksa disk atau flash drive.</source>
        <translation>Could not {doing}: disk read/write error. Check the disk or flash drive.</translation>
    </message>
    <message>
        <source>Gagal {doing}: berkas basis data rusak. Jalankan pemeriksaan (Alat › Periksa basis data).</source>
        <translation>Could not {doing}: the database file is damaged. Run the check (Tools › Check database).</translation>
    </message>
</context>
<context>
    <name>server_backup</name>
    <message>
        <source>cadangan</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>Program pg_dump (versi server atau lebih baru) tidak ada di komputer ini, jadi cadangan basis data server tidak dapat dibuat dari sini. Administrator server membuatnya di server: &apos;pg_dump --format=custom -f CADANGAN.dump {database}&apos; (jadwal harian, lihat docs/postgresql.md), atau pasang paket postgresql-client di komputer ini.</source>
        <translation>pg_dump (the server&apos;s version or newer) is not installed on this computer, so the server database cannot be backed up from here. The server administrator makes the backup on the server: &apos;pg_dump --format=custom -f BACKUP.dump {database}&apos; (daily schedule, see docs/postgresql.md), or install the postgresql-client package on this computer.</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat ditulis: {reason}.</source>
        <translation>The backup could not be written: {reason}.</translation>
    </message>
    <message>
        <source>pg_dump gagal membuat cadangan: {reason}</source>
        <translation>pg_dump failed to make the backup: {reason}</translation>
    </message>
</context>
</TS>
