"""The accessible HTML edition of the reports: one self-contained file per report.

Built from the same report data as the PDFs (services/report_data) and the same words
(reports/text.py); headings in order, captioned tables with header cells, charts with a
text alternative and their figures as a table, colours from one palette (palette.py).
"""
