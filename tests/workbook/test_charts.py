"""The charts page reads: 32 section ids side by side no longer run together."""

from __future__ import annotations

import re
import zipfile

from helpers.sample import generated_audit
from helpers.workbook import export


def test_section_ids_stand_upright_and_the_radar_scale_leaves_the_spokes_free(tmp_path):
    path = export(generated_audit(5, seed=2), tmp_path, "en")
    with zipfile.ZipFile(path) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    bars = next(c for c in charts if "<barChart>" in c)
    radar = next(c for c in charts if "<radarChart>" in c)
    category_axis = re.search(r"<catAx>.*?</catAx>", bars, re.S).group(0)
    assert 'rot="-5400000"' in category_axis
    value_axis = re.search(r"<valAx>.*?</valAx>", radar, re.S).group(0)
    assert '<delete val="1"' in value_axis
    assert '<showVal val="1"' in radar
