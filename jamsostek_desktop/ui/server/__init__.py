"""The city office's server in the GUI: "Sambungkan ke server"."""
