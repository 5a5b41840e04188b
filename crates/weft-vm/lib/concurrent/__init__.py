"""Execute computations asynchronously (weft ships the thread pool)."""
