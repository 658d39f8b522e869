#!/usr/bin/env python3
"""Prints one line 'N passed, N failed, N skipped' from the .trx files of a test run."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
counts = {"Passed": 0, "Failed": 0, "NotExecuted": 0}
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for result in ET.parse(path).getroot().iter(f"{NS}UnitTestResult"):
        outcome = result.get("outcome", "Failed")
        key = outcome if outcome in counts else "Failed"
        counts[key] += 1
print(f"{counts['Passed']} passed, {counts['Failed']} failed, {counts['NotExecuted']} skipped")
