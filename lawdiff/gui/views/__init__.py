"""Custom views: the comparison panes, their delegate, the link band and the minimaps."""
