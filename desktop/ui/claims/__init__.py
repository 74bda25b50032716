"""The claim list: its lazy page-cache model, page loading, order, filter bar, search highlight
and the control that ties them to the window. Imports desktop.ui.common and desktop.ui.claim."""
