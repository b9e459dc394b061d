"""French date expressions: what find_dates finds in a sentence and how it resolves it.

Most cases are published on Tuesday 18 June 2024 (PUB), so that relative expressions can be
checked by hand: the day before is Monday 17 June, the Tuesday before is 11 June.
"""
from __future__ import annotations

import re
import time

import pytest

from communique.events.dates import find_dates

PUB = "2024-06-18"  # a Tuesday

ABSOLUTE = [
    # full dates
    ("Le sommet de l'Otan s'est ouvert le 11 juillet 2023 à Vilnius.", PUB,
     [("11 juillet 2023", "2023-07-11")]),
    ("Le traité de l'Élysée a été signé le 22 janvier 1963 par de Gaulle et Adenauer.", PUB,
     [("22 janvier 1963", "1963-01-22")]),
    ("Le cessez-le-feu est entré en vigueur le 1er mars 2024 à minuit.", PUB,
     [("1er mars 2024", "2024-03-01")]),
    ("Les deux pays ont établi des relations diplomatiques le 18 mars 1970.", PUB,
     [("18 mars 1970", "1970-03-18")]),
    ("Mardi 18 juin 2024, le président russe est arrivé à Pyongyang.", "2024-06-19",
     [("Mardi 18 juin 2024", "2024-06-18")]),
    ("Le président a été reçu à Alger ce samedi 27 août.", "2022-08-27",
     [("ce samedi 27 août", "2022-08-27")]),
    ("L'accord, paraphé le 3 aout 2021, prévoit un échange de prisonniers.", PUB,
     [("3 aout 2021", "2021-08-03")]),
    ("Le chef de la diplomatie chinoise est attendu le 1 er février 2025 à Dakar.", PUB,
     [("1 er février 2025", "2025-02-01")]),
    ("La rencontre est fixée au premier fevrier 2025.", PUB,
     [("premier fevrier 2025", "2025-02-01")]),
    ("Le communiqué conjoint est daté du 14 AOÛT 2019.", PUB, [("14 AOÛT 2019", "2019-08-14")]),
    ("Paris, 5 déc. 2023 (AFP) - La France a rappelé son ambassadeur.", PUB,
     [("5 déc. 2023", "2023-12-05")]),
    # numeric dates
    ("Dépêche publiée le 18/06/2024 à 9 h 40.", PUB, [("18/06/2024", "2024-06-18")]),
    ("Horodatage 2024-06-18 20:17:30 : le ministère confirme la visite.", PUB,
     [("2024-06-18", "2024-06-18")]),
    ("Lomé | AFP | lundi 03/02/2025 - Le Togo a rappelé son ambassadeur.", PUB,
     [("lundi 03/02/2025", "2025-02-03")]),
    ("[03.11.2022 14:05] Séoul dénonce un nouveau tir de missile.", PUB,
     [("03.11.2022", "2022-11-03")]),
    # yearless day and month: publication year unless more than two months ahead
    ("Les deux ministres se sont entretenus le 3 juin à Rome.", PUB, [("3 juin", "2024-06-03")]),
    ("La conférence des donateurs se tiendra le 17 août à Genève.", PUB,
     [("17 août", "2024-08-17")]),
    ("Conférence des donateurs le 17 octobre à Genève.", PUB, [("17 octobre", "2023-10-17")]),
    ("Le président ivoirien se rendra à Pékin le 17 octobre.", PUB,
     [("17 octobre", "2024-10-17")]),
    ("Le sommet de l'Union africaine doit s'ouvrir le 15 février à Addis-Abeba.", "2023-12-10",
     [("15 février", "2024-02-15")]),
    ("Le ministre a rencontré son homologue brésilien le 2 juillet.", PUB,
     [("2 juillet", "2023-07-02")]),
    ("Moscou a annoncé le 20 décembre l'expulsion de deux diplomates.", "2024-01-05",
     [("20 décembre", "2023-12-20")]),
    ("mardi 18 juin, le dirigeant nord-coréen a accueilli son hôte.", "2024-06-25",
     [("mardi 18 juin", "2024-06-18")]),
    ("Le texte avait été adopté le 29 février par l'Assemblée.", "2024-03-10",
     [("29 février", "2024-02-29")]),
    # ranges give their start
    ("Le roi des Belges sera en Côte d'Ivoire du 14 au 16 novembre.", "2023-11-02",
     [("du 14 au 16 novembre", "2023-11-14")]),
    ("La trêve a tenu du 30 décembre au 2 janvier 2024.", "2024-01-10",
     [("du 30 décembre au 2 janvier 2024", "2023-12-30")]),
    ("Les consultations se sont tenues les 5 et 6 mai 2022 à Doha.", PUB,
     [("les 5 et 6 mai 2022", "2022-05-05")]),
    ("Les manœuvres navales auront lieu entre le 3 et le 5 mai 2021.", PUB,
     [("entre le 3 et le 5 mai 2021", "2021-05-03")]),
    ("Le Parlement a siégé de 1956 à 1970 sans interruption.", PUB,
     [("de 1956 à 1970", "1956")]),
    ("Entre 2005 et 2014, les échanges ont triplé.", PUB, [("Entre 2005 et 2014", "2005")]),
    ("La mousson dure de juin à septembre 2022 dans la région.", PUB,
     [("de juin à septembre 2022", "2022-06")]),
    # months and parts of months
    ("Les pourparlers ont repris fin juillet 2023 au Caire.", PUB,
     [("fin juillet 2023", "2023-07")]),
    ("Début mars, Kiev a reçu une nouvelle livraison de munitions.", PUB,
     [("Début mars", "2024-03")]),
    ("Le sommet est prévu à la mi-janvier à Kampala.", "2023-11-20",
     [("mi-janvier", "2024-01")]),
    ("Les deux délégations se sont vues mi-janvier à Genève.", PUB,
     [("mi-janvier", "2024-01")]),
    ("Les négociations ont échoué en octobre 2023 à Djeddah.", PUB,
     [("octobre 2023", "2023-10")]),
    ("L'envoyé spécial est venu à Niamey en octobre.", PUB, [("octobre", "2023-10")]),
    ("L'envoyé spécial est venu à Niamey en octobre.", "2024-11-05", [("octobre", "2024-10")]),
    ("Le président indonésien s'était rendu à Moscou en juillet.", "2025-06-19",
     [("juillet", "2024-07")]),
    ("La visite est attendue en juillet, selon la présidence.", "2025-06-19",
     [("juillet", "2025-07")]),
    ("Au mois de juin, Pékin a accueilli le forum.", PUB, [("mois de juin", "2024-06")]),
    ("Les livraisons ont commencé courant mars 2022.", PUB, [("courant mars 2022", "2022-03")]),
    # years, seasons, decades, centuries
    ("Le Brésil accueillera la COP30 en 2025, puis l'Inde en 2027.", PUB,
     [("2025", "2025"), ("2027", "2027")]),
    ("L'Algérie a accédé à l'indépendance en 1962.", PUB, [("1962", "1962")]),
    ("Le retrait des troupes est prévu au printemps 2024.", "2023-11-02",
     [("printemps 2024", "2024")]),
    ("Paris avait réduit les visas à l'automne 2021.", PUB, [("automne 2021", "2021")]),
    ("La ratification est attendue courant 2025.", PUB, [("courant 2025", "2025")]),
    ("Les premiers avions seront livrés fin 2026, les suivants début 2027.", PUB,
     [("fin 2026", "2026"), ("début 2027", "2027")]),
    ("La croissance devrait rebondir mi-2025.", PUB, [("mi-2025", "2025")]),
    ("Le régime s'est durci durant les années 1980.", PUB, [("années 1980", "1980")]),
    ("Les deux pays se sont rapprochés dans les années 90.", PUB, [("années 90", "1990")]),
    ("Le conflit remonte à la fin des années 1990.", PUB, [("fin des années 1990", "1990")]),
    ("La ville fut fondée au XVIIIe siècle par des marchands.", PUB, [("XVIIIe siècle", None)]),
    ("Le XXIe siècle sera asiatique, a-t-il lancé.", PUB, [("XXIe siècle", None)]),
    ("Les élections de 2014, 2019 et 2024 ont été disputées.", PUB,
     [("2014", "2014"), ("2019", "2019"), ("2024", "2024")]),
    ("Le plan couvre l'exercice 2024-2025 et au-delà.", PUB, []),
    ("Le budget voté en 2024-2025 reste en vigueur.", PUB, [("2024-2025", "2024")]),
]

BARE_YEARS = [
    ("1989 a vu la chute du mur de Berlin.", PUB, [("1989", "1989")]),
    ("2024, année électorale, a été agitée.", PUB, [("2024", "2024")]),
    ("L'accord de 2015 sur le nucléaire iranien est caduc.", PUB, [("2015", "2015")]),
    ("Les accords de 1954, signés à Genève, ont partagé le pays.", PUB, [("1954", "1954")]),
    ("Le traité de 2002 signé à Madrid a été suspendu.", PUB, [("2002", "2002")]),
    ("La constitution de 1958 prévoit ce cas.", PUB, [("1958", "1958")]),
    ("Un contingent de 2000 soldats a été déployé.", PUB, []),
    ("Plus de 2 000 personnes ont été évacuées et 500 soldats mobilisés.", PUB, []),
    ("Entre 1900 et 2000 manifestants étaient présents.", PUB, []),
    ("Une foule de 2000 à 3000 personnes s'est rassemblée.", PUB, []),
    ("Le Conseil de sécurité a adopté la résolution 2334.", PUB, []),
    ("La résolution 1973 du Conseil de sécurité a autorisé les frappes.", PUB, []),
    ("La résolution 2231, adoptée en 2015, encadre l'accord.", PUB, [("2015", "2015")]),
    ("Le royaume poursuit son programme Vision 2030 et l'Agenda 2063.", PUB, []),
    ("Les pays du G20 se sont réunis pendant la crise du Covid-19.", PUB, []),
    ("Le 17e sommet de l'organisation et la 21e session du comité sont prévus.", PUB, []),
    ("Les 500 conseillers militaires coûtent 10 milliards, soit 2,5 % du budget.", PUB, []),
    ("L'alerte a été donnée à 20:17:30, heure locale.", PUB, []),
    ("Le chiffre d'affaires a atteint 2024 millions d'euros.", PUB, []),
    ("Le pays vise la neutralité carbone à l'horizon 2060.", PUB,
     [("à l'horizon 2060", "2060")]),
    ("Les troupes resteront sur place d'ici 2030.", PUB, [("d'ici 2030", "2030")]),
    ("Depuis 2014, Moscou contrôle la péninsule.", PUB, [("Depuis 2014", "2014")]),
]

RELATIVE = [
    # weekdays: the closest one on or before publication
    ("Le ministre s'est rendu mardi à Kinshasa.", PUB, [("mardi", "2024-06-18")]),
    ("Lundi, les deux présidents se sont parlé au téléphone.", PUB, [("Lundi", "2024-06-17")]),
    ("Séoul a protesté mercredi auprès de Tokyo.", PUB, [("mercredi", "2024-06-12")]),
    ("Les frappes ont repris dimanche soir.", PUB, [("dimanche", "2024-06-16")]),
    ("Le chancelier a reçu ce jeudi son homologue polonais.", PUB, [("ce jeudi", "2024-06-13")]),
    ("Les deux armées ont échangé des tirs lundi dernier.", PUB,
     [("lundi dernier", "2024-06-17")]),
    ("Le cargo a été arraisonné mardi dernier.", PUB, [("mardi dernier", "2024-06-11")]),
    ("Les négociations reprendront mardi prochain.", PUB, [("mardi prochain", "2024-06-25")]),
    ("Le vote aura lieu jeudi prochain.", PUB, [("jeudi prochain", "2024-06-20")]),
    ("Les ministres se sont vus vendredi.", "2024-03-09", [("vendredi", "2024-03-08")]),
    ("Les ministres se sont vus vendredi.", "2020-12", [("vendredi", "2020-12")]),
    ("Les ministres se sont vus vendredi.", "2019", [("vendredi", "2019")]),
    ("Les ministres se sont vus vendredi.", None, [("vendredi", None)]),
    ("Des drones ont frappé le port dans la nuit de samedi à dimanche.", PUB,
     [("nuit de samedi à dimanche", "2024-06-15")]),
    ("Le gouvernement réunit son conseil chaque lundi.", PUB, []),
    # days
    ("L'ambassadeur a été convoqué hier au ministère.", PUB, [("hier", "2024-06-17")]),
    ("Avant-hier, une délégation est arrivée à Rabat.", PUB, [("Avant-hier", "2024-06-16")]),
    ("Aujourd'hui, le Premier ministre est à Canberra.", PUB,
     [("Aujourd'hui", "2024-06-18")]),
    ("Le texte sera signé aujourd’hui ou demain.", PUB,
     [("aujourd’hui", "2024-06-18"), ("demain", "2024-06-19")]),
    ("Il est rentré hier soir de Pékin.", PUB, [("hier soir", "2024-06-17")]),
    ("Les combats ont éclaté il y a trois jours.", PUB, [("il y a trois jours", "2024-06-15")]),
    ("Le navire a été saisi il y a 48 heures.", PUB, [("il y a 48 heures", "2024-06-16")]),
    ("Le blocus a été levé il y a quinze jours.", PUB, [("il y a quinze jours", "2024-06-03")]),
    # weeks
    ("Les deux chefs d'État se rencontreront cette semaine.", PUB,
     [("cette semaine", "2024-06")]),
    ("La semaine dernière, Bakou a accusé Erevan.", PUB, [("La semaine dernière", "2024-06")]),
    ("La semaine dernière, Bakou a accusé Erevan.", "2024-06-03",
     [("La semaine dernière", "2024-05")]),
    ("Une délégation est attendue la semaine prochaine.", "2024-06-28",
     [("la semaine prochaine", "2024-07")]),
    ("Le port a été bombardé il y a deux semaines.", PUB,
     [("il y a deux semaines", "2024-06")]),
    ("Le port a été bombardé il y a deux semaines.", "2024-06-05",
     [("il y a deux semaines", "2024-05")]),
    ("Le traité sera ratifié dans deux semaines.", PUB, [("dans deux semaines", "2024-07")]),
    # months
    ("Ce mois-ci, les exportations ont reculé.", PUB, [("Ce mois-ci", "2024-06")]),
    ("Tokyo a livré le mois dernier des radars côtiers à Manille.", PUB,
     [("le mois dernier", "2024-05")]),
    ("Tokyo a livré le mois dernier des radars côtiers à Manille.", "2024-01-10",
     [("le mois dernier", "2023-12")]),
    ("Le forum se tiendra le mois prochain à Dakar.", PUB, [("le mois prochain", "2024-07")]),
    ("Les relations ont été rompues il y a un mois.", PUB, [("il y a un mois", "2024-05")]),
    ("Le contrat sera signé dans un mois.", PUB, [("dans un mois", "2024-07")]),
    ("Les observateurs sont partis il y a douze mois.", PUB,
     [("il y a douze mois", "2023-06")]),
    ("Le ministre s'était rendu à Tunis en mars dernier.", "2019-06-10",
     [("mars dernier", "2019-03")]),
    ("Le ministre s'était rendu à Tunis en mars dernier.", "2019-03-20",
     [("mars dernier", "2018-03")]),
    ("Le rapprochement rendu public le 10 décembre dernier se confirme.", "2020-12",
     [("10 décembre dernier", "2020-12-10")]),
    ("L'accord a été signé le 17 juillet dernier.", PUB, [("17 juillet dernier", "2023-07-17")]),
    ("Le sommet aura lieu en juin prochain.", PUB, [("juin prochain", "2025-06")]),
    ("Le sommet aura lieu en juin prochain.", "2024-02-01", [("juin prochain", "2024-06")]),
    ("Le scrutin est fixé au 3 mars prochain.", PUB, [("3 mars prochain", "2025-03-03")]),
    ("La guerre fait rage depuis le 7 octobre.", "2024-02",
     [("depuis le 7 octobre", "2023-10-07")]),
    ("La route est fermée depuis début mars.", PUB, [("depuis début mars", "2024-03")]),
    # years
    ("L'an dernier, les deux pays ont tenu des manœuvres conjointes.", PUB,
     [("L'an dernier", "2023")]),
    ("Les exercices de l'année dernière ont inquiété Manille.", PUB,
     [("l'année dernière", "2023")]),
    ("Le commerce a doublé par rapport à l'an passé.", PUB, [("l'an passé", "2023")]),
    ("Une visite d'État est prévue l'an prochain.", PUB, [("l'an prochain", "2025")]),
    ("L'année prochaine, l'Inde présidera le groupe.", PUB, [("L'année prochaine", "2025")]),
    ("Cette année, le sommet se tient à Kazan.", PUB, [("Cette année", "2024")]),
    ("Le mur a été érigé il y a trois ans.", PUB, [("il y a trois ans", "2021")]),
    ("Les deux pays ont normalisé leurs relations il y a vingt ans.", PUB,
     [("il y a vingt ans", "2004")]),
    ("La base doit fermer d'ici deux ans.", PUB, [("d'ici deux ans", "2026")]),
    ("Les sanctions sont en place depuis trois ans.", PUB, [("depuis trois ans", "2021")]),
    ("Le retrait doit être achevé d'ici la fin de l'année.", PUB,
     [("d'ici la fin de l'année", "2024")]),
    ("Au début de l'année prochaine, l'ambassade rouvrira.", PUB,
     [("début de l'année prochaine", "2025")]),
    ("Les ventes d'armes ont chuté fin 2023 puis repris début 2024.", PUB,
     [("fin 2023", "2023"), ("début 2024", "2024")]),
    ("Une mission a eu lieu à la fin du mois.", PUB, [("fin du mois", "2024-06")]),
    # seasons
    ("L'été dernier, les incendies ont ravagé la frontière.", PUB, [("L'été dernier", "2023")]),
    ("L'hiver dernier, les livraisons de gaz ont été coupées.", PUB,
     [("L'hiver dernier", "2024")]),
    ("Cet été, le président se rendra à Tokyo.", PUB, [("Cet été", "2024")]),
    ("Le chantier a été lancé au printemps.", "2024-11-04", [("printemps", "2024")]),
    # vague, approximate and anchored expressions
    ("Les contacts se sont multipliés il y a quelques jours.", PUB,
     [("il y a quelques jours", "2024-06")]),
    ("Le rapprochement s'est amorcé il y a quelques mois.", PUB,
     [("il y a quelques mois", None)]),
    ("Les deux capitales ne se parlent plus depuis plus d'un an.", PUB,
     [("depuis plus d'un an", None)]),
    ("La veille, le Premier ministre avait reçu l'émissaire.", PUB, [("La veille", None)]),
    ("Le lendemain, les deux délégations ont signé l'accord.", PUB, [("Le lendemain", None)]),
    ("Trois jours plus tard, Ankara a fermé sa frontière.", PUB,
     [("Trois jours plus tard", None)]),
    ("Le mardi suivant, le ministre a démissionné.", PUB, [("mardi suivant", None)]),
    ("Cette année-là, le pays a rejoint l'Union africaine.", PUB, [("Cette année-là", None)]),
    ("À l'époque, Washington soutenait le régime.", PUB, [("À l'époque", None)]),
    ("Un consulat a ouvert récemment à Dakhla.", PUB, [("récemment", None)]),
    ("Le ministre se rendra prochainement à Abuja.", PUB, [("prochainement", None)]),
    ("Les tensions se sont accrues ces derniers jours.", PUB, [("ces derniers jours", "2024-06")]),
    ("Il y a peu d'avancées sur le dossier nucléaire.", PUB, []),
    # without publication date, relative expressions stay unresolved
    ("La délégation est arrivée hier, trois jours après l'attaque du 12 mai 2023.", None,
     [("hier", None), ("trois jours après", None), ("12 mai 2023", "2023-05-12")]),
    ("L'an dernier, le 17 juillet, le traité a été signé.", None,
     [("L'an dernier", None), ("17 juillet", None)]),
]

CLAUSE_TENSE = [
    # the nearest tense marker before a yearless date (or the first after it) sets its year
    ("En août, Pékin a accueilli le forum régional.", PUB, [("août", "2023-08")]),
    ("En octobre, le président participera au sommet.", PUB, [("octobre", "2024-10")]),
    ("Le ministre a dit qu'il se rendra à Pékin en octobre.", PUB, [("octobre", "2024-10")]),
    ("Le ministre, qui s'est rendu à Moscou en octobre, participera au sommet.", PUB,
     [("octobre", "2023-10")]),
    ("Le texte, qui a été adopté hier, entrera en vigueur le 1er septembre.", PUB,
     [("hier", "2024-06-17"), ("1er septembre", "2024-09-01")]),
    # verbs of saying do not make a clause past; a conditional looks ahead
    ("Le Kremlin a annoncé la tenue d'un sommet en juillet.", PUB, [("juillet", "2024-07")]),
    ("Le Caire a annoncé la réouverture du poste-frontière à partir du 10 avril.", "2025-04-05",
     [("10 avril", "2025-04-10")]),
    ("Les deux chefs d'État sont convenus que le sommet aurait lieu fin septembre à Dakar.",
     "2024-03-26", [("fin septembre", "2024-09")]),
    ("Le ministre a déclaré que son pays rouvrirait son ambassade en septembre.", "2025-07-25",
     [("septembre", "2025-09")]),
]

MORE_FORMS = [
    ("Les deux présidents se sont vus vendredi 13 et samedi 14 octobre 2023.", PUB,
     [("vendredi 13 et samedi 14 octobre 2023", "2023-10-13")]),
    ("Le PIB a reculé au premier trimestre 2024.", PUB, [("2024", "2024")]),
    ("Les deux pays sont alliés depuis l'an 2000.", PUB, [("depuis l'an 2000", "2000")]),
    ("La loi de 1905 et la loi 2019-828 sont citées.", PUB, [("1905", "1905")]),
    ("En 2000, 1500 soldats étaient déployés.", PUB, [("2000", "2000")]),
    ("La crise de 2008 a coûté un plan de 2000 milliards.", PUB, [("2008", "2008")]),
    ("Il y a 75 ans, le 9 mai 1945, l'Allemagne capitulait.", PUB,
     [("Il y a 75 ans", "1949"), ("9 mai 1945", "1945-05-09")]),
    ("Le pays a été occupé pendant la guerre de 1914-1918.", PUB, [("de 1914-1918", "1914")]),
    ("Le traité aurait été signé le 31 juin selon une source.", PUB, []),
    ("Il a passé deux ans en prison à Evin.", PUB, []),
    ("Les ministres se retrouvent ce week-end à Bruxelles.", PUB, [("ce week-end", "2024-06")]),
    ("Le retrait devait être achevé d'ici au printemps 2021.", "2020-02-29",
     [("d'ici au printemps 2021", "2021")]),
    ("La réponse est attendue dans une dizaine de jours.", PUB,
     [("dans une dizaine de jours", "2024-06")]),
    ("Le conflit a éclaté il y a un an et demi.", PUB, [("il y a un an et demi", "2022")]),
    ("Ottawa a rappelé son ambassadeur au lendemain de l'incident.", PUB,
     [("au lendemain", None)]),
    ("Le cessez-le-feu a été signé le 17\u00a0juillet 2023.", PUB,
     [("17\u00a0juillet 2023", "2023-07-17")]),
    ("Les exportations ont chuté l’an dernier.", PUB, [("l’an dernier", "2023")]),
    ("Le traité de Versailles (1919) a redessiné la carte.", PUB, [("1919", "1919")]),
    ("Sous Gorbatchev (1985-1991), l'URSS s'est ouverte.", PUB, [("1985-1991", "1985")]),
    ("La réunion est prévue le 5 ou le 6 juin.", PUB, [("5 ou le 6 juin", "2024-06-05")]),
    # 22 May 2024 was a Wednesday: the weekday picks the year before
    ("Le président a reçu son homologue kényan lundi 22 mai.", PUB,
     [("lundi 22 mai", "2023-05-22")]),
    ("Les troupes sont présentes depuis 2013 et jusqu'à fin 2022.", PUB,
     [("depuis 2013", "2013"), ("fin 2022", "2022")]),
    ("Vers 1990, le pays a ouvert une route à 2000 mètres d'altitude.", PUB,
     [("1990", "1990")]),
    ("La mission a été prolongée jusqu'à la fin de l'année dernière.", PUB,
     [("fin de l'année dernière", "2023")]),
]

NOT_DATES = [
    ("La sonde européenne se dirige vers Mars.", PUB, []),
    ("Il a dîné en compagnie de Mai Linh et de son époux.", PUB, []),
    ("Le film a été tourné en mars.", PUB, [("mars", "2024-03")]),
    ("Le comité compte 12 membres et 3 observateurs.", PUB, []),
    ("Les deux ministres ont signé un accord de 15 articles.", PUB, []),
]

CASES = ABSOLUTE + BARE_YEARS + RELATIVE + CLAUSE_TENSE + MORE_FORMS + NOT_DATES


@pytest.mark.parametrize("sentence, published, expected", CASES)
def test_finds_and_resolves(sentence, published, expected):
    found = find_dates(sentence, published)
    assert [(d.text, d.value) for d in found] == expected
    for mention in found:
        assert sentence[mention.start:mention.end] == mention.text


TENSES = [
    ("Le ministre a été reçu hier et repartira demain.", PUB,
     [("hier", "past"), ("demain", "future")]),
    ("Les pourparlers, ouverts lundi dernier, reprendront mardi prochain.", PUB,
     [("lundi dernier", "past"), ("mardi prochain", "future")]),
    ("Depuis 2014, la Crimée est annexée; le retrait est exigé d'ici 2030.", PUB,
     [("Depuis 2014", "past"), ("d'ici 2030", "future")]),
    ("Il y a un an, puis dans deux semaines, et l'an prochain.", PUB,
     [("Il y a un an", "past"), ("dans deux semaines", "future"), ("l'an prochain", "future")]),
    ("L'accord signé en mars dernier entrera en vigueur en juin prochain.", PUB,
     [("mars dernier", "past"), ("juin prochain", "future")]),
    ("Le 17 juillet 2023, mardi, cette semaine, en 2027.", PUB,
     [("17 juillet 2023", "any"), ("mardi", "any"), ("cette semaine", "any"), ("2027", "any")]),
    ("Entre 2005 et 2014, puis depuis le 7 octobre.", PUB,
     [("Entre 2005 et 2014", "any"), ("depuis le 7 octobre", "past")]),
    ("La visite, annoncée récemment, aura lieu prochainement.", PUB,
     [("récemment", "past"), ("prochainement", "future")]),
    ("Le conflit a éclaté il y a un an et demi; la trêve tiendra d'ici au printemps.", PUB,
     [("il y a un an et demi", "past"), ("d'ici au printemps", "future")]),
]


@pytest.mark.parametrize("sentence, published, expected", TENSES)
def test_tense_comes_from_the_expression(sentence, published, expected):
    assert [(d.text, d.tense) for d in find_dates(sentence, published)] == expected


def test_overlapping_expressions_give_the_longest_once():
    found = find_dates("Le mardi 18 juin 2024, Poutine est arrivé.", PUB)
    assert [(d.text, d.start, d.end) for d in found] == [("mardi 18 juin 2024", 3, 21)]


def test_offsets_in_a_paragraph():
    text = ("Le président a reçu hier son homologue. Ils s'étaient vus en mars dernier à Pékin.\n\n"
            "Une nouvelle rencontre est prévue l'an prochain.")
    found = find_dates(text, PUB)
    assert [(d.text, d.value) for d in found] == [
        ("hier", "2024-06-17"), ("mars dernier", "2024-03"), ("l'an prochain", "2025")]
    assert all(text[d.start:d.end] == d.text for d in found)


def test_clause_markers_do_not_leak_across_sentences():
    text = "Le ministre a signé l'accord. Le sommet se tiendra le 17 juillet."
    assert [d.value for d in find_dates(text, PUB)] == ["2024-07-17"]
    text = "Le sommet se tiendra à Rome. Le ministre a signé l'accord le 17 juillet."
    assert [d.value for d in find_dates(text, PUB)] == ["2023-07-17"]


def test_empty_text_and_text_without_dates():
    assert find_dates("", PUB) == []
    assert find_dates("Le partenariat entre Rabat et Dakar reste solide.", PUB) == []


def test_publication_date_with_time_is_accepted():
    assert [d.value for d in find_dates("hier", "2024-06-18T09:30:00+02:00")] == ["2024-06-17"]


def test_malformed_publication_date_is_an_error():
    with pytest.raises(ValueError, match="publication date"):
        find_dates("hier", "18 juin 2024")


def test_no_regex_is_compiled_per_call(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("re.compile called at run time")
    monkeypatch.setattr(re, "compile", refuse)
    found = find_dates("Mardi dernier, puis le 17 juillet 2023 et il y a trois ans.", PUB)
    assert len(found) == 3


def test_fast_enough_for_every_sentence():
    sentences = [text for text, _, _ in CASES] * 5
    began = time.perf_counter()
    for sentence in sentences:
        find_dates(sentence, PUB)
    assert time.perf_counter() - began < 2.0
