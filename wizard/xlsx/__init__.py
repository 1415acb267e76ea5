"""Reading untrusted ``.xlsx`` files safely, shared by the account import and the returned workbook.

:mod:`wizard.xlsx.zipcheck` refuses a hostile container before anything is decompressed;
:mod:`wizard.xlsx.stream` reads one worksheet's cells straight from its XML.
"""
