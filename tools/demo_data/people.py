"""The demo's people: every name obviously invented, one role each.

Shared by the accounts (owners, administrators) and the engagement (client contact), so a
person is spelt the same everywhere in the demo.
"""

from __future__ import annotations

DG = {"name": "Camille Exemple", "role": "Directrice générale"}
PRESIDENT = {"name": "Dominique Modèle", "role": "Président du conseil d'administration"}
DIR_COM = {"name": "Alex Démo", "role": "Directrice des communications et de la participation"}
CM = {"name": "Sacha Témoin", "role": "Gestionnaire de communauté"}
CM2 = {"name": "", "role": "Conseiller en communication numérique"}
RSSI = {"name": "Morgan Placebo", "role": "Responsable de la sécurité de l'information"}
TRAFIC = {"name": "", "role": "Chef du centre d'information trafic"}
PROJETS = {"name": "Lou Échantillon", "role": "Chargée de projets mobilité active"}
INGENIEUR = {"name": "Jordan Fictif", "role": "Ingénieur en planification des transports"}
DATA = {"name": "Rémi Gabarit", "role": "Analyste de données de mobilité"}

COM_UNIT = "Direction des communications et de la participation"
