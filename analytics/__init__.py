"""Analytics for marketers: imported tables joined to survey answers, cleaned, segmented, profiled.

Pure pandas / scikit-learn functions (`cleaning`, `quality`, `segmentation`, `profiles`, `churn`,
`report`) take and return frames, so they are tested on small hand-made data; the few functions
that touch the database live in `importer`, `dataset` and `store`.
"""
