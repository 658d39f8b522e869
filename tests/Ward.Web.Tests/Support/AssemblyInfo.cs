// Browser tests run one class at a time: each class starts its own Ward and Chromium, and the
// emergency test measures a latency that parallel browsers on two cores would distort.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
