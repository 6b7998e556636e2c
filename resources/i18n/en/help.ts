<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Panduan</source>
        <translation>&amp;Manual</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Panduan Jamsostek Desktop</source>
        <translation>Jamsostek Desktop manual</translation>
    </message>
    <message>
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
