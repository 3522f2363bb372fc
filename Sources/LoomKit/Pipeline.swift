// Pipeline wiring: filled in during integration.
