"""Files a user is about to upload: read their text (``extract``) and scan it (``scan``)."""
