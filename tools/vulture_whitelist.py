"""Names vulture cannot see being used, so that `vulture` (tools/test.sh, pre-commit) reports
only code nothing reaches.

vulture reads ``wizard/`` and ``ui/`` alone: it does not see Qt calling a virtual method,
pydantic reading a field, a library reading an attribute we set on its object, or a test
calling a helper. Each name below says which of those it is. A name that is really dead is
deleted, not listed here. Usage names only count as "used"; nothing here runs.
"""

from vulture.whitelist_utils import Whitelist

_ = Whitelist()

# --- Qt calls these overrides (virtual methods and their arguments)
_.closeEvent
_.createEditor
_.filterAcceptsRow
_.keyboardSearch
_.mergeWith
_.minimumSizeHint
_.paintEvent
_.setEditorData
_.setModelData
_.validatePage
_.source_parent  # filterAcceptsRow's argument, required by the signature
_.features  # QStyleOptionViewItem: read by the style that sizes the item

# --- Python's io calls it on the raw file under a BufferedWriter (sessions/atomic.py)
_.seekable

# --- openpyxl reads these on our objects (wizard/workbook/brand.py's logo image,
# wizard/workbook/memory.py's in-memory write-only sheets)
_._data
_._get_writer
_.images

# --- html.parser.HTMLParser calls these handlers (wizard/discovery/links.py)
_.handle_comment
_.handle_startendtag
_.handle_endtag
_.handle_data

# --- the library adapters' switches and views, used by their tests (a library change is noticed)
_.native_schema  # tests/sessions/test_fastjson.py, test_pydantic_internals.py
_.fast  # tests/workbook/test_openpyxl_internals.py
_.use_fast
_.use_row_text  # tests/workbook/test_row_xml.py

_.full_text  # ElidedLabel's whole text: tests/gui/test_brand_preview.py

# --- read by tests and benchmarks/gui_stalls.py: the summary still filling in its figures
_.filling

# --- read by tests: a scan's count of javascript:/data:/mailto: links left out
_.dropped_links

# --- pydantic reads these: model configuration and fields (serialised, read by name)
_.model_config
_.verified
_.third_party_apps
_.posting_frequency
_.purpose
_.kpis
_.moderation_rules
_.accessibility
_.changes_applied
_.official_link_source
_.__pydantic_config__  # read by the TypeAdapter (sessions/strictjson.py)

# --- dataclass fields read as part of the record (equality, tests, the report's figures)
_.mtime_ns  # Fingerprint: two fingerprints are compared whole
_.mfa_some
_.mfa_none
_.mfa_unknown

# --- library objects configured by setting their attributes (openpyxl, python-docx, expat,
# zipfile); the library reads them when it writes the file or parses
_.CharacterDataHandler
_.EndElementHandler
_.EntityDeclHandler
_.ExternalEntityRefHandler
_.StartDoctypeDeclHandler
_.StartElementHandler
_.buffer_text
_._compresslevel
_.external_attr
_._values_to_row
_.active
_.alignment
_.author
_.autoFilter
_.autofit
_.base_style
_.bottom_margin
_.category
_.comments
_.creator
_.different_first_page_header_footer
_.fitToHeight
_.fitToPage
_.fitToWidth
_.formatColumns
_.formatRows
_.freeze_panes
_.fullCalcOnLoad
_.gapWidth
_.horizontalCentered
_.hyperlink
_.keep_with_next
_.keywords
_.lastModifiedBy
_.last_modified_by
_.left_indent
_.majorUnit
_.numFmt
_.number_format
_.page_break_before
_.page_height
_.page_width
_.paperSize
_.print_area
_.print_title_rows
_.promptTitle
_.revision
_.rgb
_.selectLockedCells
_.selectUnlockedCells
_.showErrorMessage
_.showGridLines
_.showInputMessage
_.showVal
_.solidFill
_.space_after
_.subject
_.symbol
_.tableColumns
_.tableStyleInfo
_.top_margin
_.txPr

# --- the core's public helpers that only the tests call today
_.load_bank  # a bank file by path (tests/bank)
_.generated_severity  # a reviewed finding's severity before the auditor's edit

# --- ui/
# The pages are imported by name in ui/wizard.py:
_.SectionPage
_.FindingsPage
_.InventoryPage
_.LegalRisksPage
_.build_all  # ui/wizard.py builds pages; see its docstring
# also flagged: reached only from tests, or never read:
_.set_choice  # tests/gui/test_import_dialog.py
_.accepts  # tests and reliability cases
_.at_path  # the tests' settings file
_.export_include_names  # tests/gui/shell/test_settings.py
_.set_export_include_names
_.set_checked  # tests/gui/test_legal.py
_.clear_value  # tests/gui/test_inventory.py
_.add_action_button  # by-hand tests
_.add_risk_button
_.set_read_only  # never called
_.own_button  # never read after it is made
_._closing  # set, never read
_.as_copy  # LockAnswer names every way a file can be opened; a copy needs no lock
_._keep_for_translation  # marks strings for lupdate; never called by design
