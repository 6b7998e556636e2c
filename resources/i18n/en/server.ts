<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Sambungkan ke server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Basis data kantor kota di server PostgreSQL. Kata sandi tidak pernah disimpan; tanyakan alamat dan nama basis data kepada administrator server.</source>
        <translation>The city office database on a PostgreSQL server. The password is never saved; ask the server administrator for the address and the database name.</translation>
    </message>
    <message>
        <source>mis. db.dinas.local</source>
        <translation>e.g. db.dinas.local</translation>
    </message>
    <message>
        <source>Simpan profil sambungan (tanpa kata sandi)</source>
        <translation>Save the connection profile (without the password)</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sambungkan</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Pakai berkas di komputer ini</source>
        <translation>Use the file on this computer</translation>
    </message>
</context>
<context>
    <name>city_move</name>
    <message>
        <source>Berkas basis data tidak ditemukan: {path}.</source>
        <translation>Database file not found: {path}.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibaca sebagai basis data Jamsostek ({reason}).</source>
        <translation>The file {path} cannot be read as a Jamsostek database ({reason}).</translation>
    </message>
    <message>
        <source>Basis data {path} berversi skema {version}, bukan {latest}. Buka dulu dengan versi program ini (mis. &apos;jamsostek --db BERKAS stats&apos;), lalu pindahkan.</source>
        <translation>The database {path} has schema version {version}, not {latest}. Open it with this version of the program first (e.g. &apos;jamsostek --db FILE stats&apos;), then move it.</translation>
    </message>
    <message>
        <source>Hanya basis data kantor kota yang dipindahkan ke server; {path} bukan basis data kota.</source>
        <translation>Only a city office database is moved to the server; {path} is not a city database.</translation>
    </message>
    <message>
        <source>Basis data di server sudah berisi data ({tables}); pindahkan hanya ke basis data yang baru dibuat dan kosong.</source>
        <translation>The server database already holds data ({tables}); move only into a newly created, empty database.</translation>
    </message>
    <message>
        <source>Tabel {table} tidak ada di server: versi program berbeda?</source>
        <translation>The table {table} is missing on the server: a different program version?</translation>
    </message>
    <message>
        <source>Isi tabel {tables} di server berbeda dari berkas; pemindahan dibatalkan dan server tidak diubah.</source>
        <translation>The contents of the tables {tables} on the server differ from the file; the move was cancelled and the server was not changed.</translation>
    </message>
</context>
<context>
    <name>review_queue</name>
    <message>
        <source>Catatan ini sudah diselesaikan oleh {who} pada {when} UTC.</source>
        <translation>This item was already resolved by {who} at {when} UTC.</translation>
    </message>
    <message>
        <source>Catatan ini sedang ditangani {who} (sejak {when} UTC); pilih catatan lain.</source>
        <translation>{who} is handling this item (since {when} UTC); choose another item.</translation>
    </message>
</context>
<context>
    <name>server_profile</name>
    <message>
        <source>Isi alamat server, nama basis data dan nama pengguna.</source>
        <translation>Enter the server address, the database name and the user name.</translation>
    </message>
    <message>
        <source>Nomor port harus 1 sampai 65535 (biasanya 5432).</source>
        <translation>The port must be 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <source>Alamat, nama basis data dan pengguna tidak boleh berisi spasi, &apos;/&apos; atau &apos;@&apos;.</source>
        <translation>The address, database name and user may not contain spaces, &apos;/&apos; or &apos;@&apos;.</translation>
    </message>
    <message>
        <source>{reason} Periksa alamat, port, nama basis data, pengguna dan kata sandi, atau tanyakan administrator server.</source>
        <translation>{reason} Check the address, port, database name, user and password, or ask the server administrator.</translation>
    </message>
</context>
</TS>
