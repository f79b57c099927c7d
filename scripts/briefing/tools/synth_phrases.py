"""The phrase pools the synthetic corpus (tools/synth.py) draws from: datelines, sources, places, subjects,
names, roles, quotes and fillers, in the shapes of real wire copy. Data, not rules: the pipeline never reads it."""

from __future__ import annotations

CURRENCY = {"JP": "JPY", "GB": "GBP", "IN": "INR", "KR": "KRW", "CN": "CNY", "US": "USD", "CA": "USD", "AU": "USD"}
EURO = {"DE", "FR", "IT", "ES", "NL", "IE", "HR", "CZ", "RO"}
DATELINES = {
    "JP": "TOKYO",
    "US": "DETROIT",
    "DE": "FRANKFURT",
    "GB": "LONDON",
    "FR": "PARIS",
    "IT": "MILAN",
    "KR": "SEOUL",
    "CN": "SHANGHAI",
    "IN": "MUMBAI",
    "SE": "STOCKHOLM",
}
SOURCES = [
    "Reuters",
    "Reuters",
    "Bloomberg",
    "Automotive News Europe",
    "Nikkei Asia",
    "Financial Times",
    "Autocar",
    "The Economic Times",
    "Handelsblatt",
    "Korea JoongAng Daily",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
PLACES = [
    "Aragon, Spain",
    "Chennai, India",
    "Arnstadt, Germany",
    "Ohio",
    "Guangdong province",
    "Debrecen, Hungary",
    "Nuevo Leon, Mexico",
    "Zilina, Slovakia",
    "Kentucky",
    "Sunderland, England",
    "Kyushu, Japan",
    "Ulsan, South Korea",
    "Sao Paulo state, Brazil",
    "Rayong, Thailand",
]
# (what is shared, as the lead says it; the same words in Title Case for a headline)
SUBJECTS = [
    ("electric drivetrains for compact cars", "Electric Drivetrains"),
    ("lithium iron phosphate battery cells", "Battery Cells"),
    ("a software platform for connected vehicles", "Vehicle Software"),
    ("hydrogen fuel cells for heavy trucks", "Hydrogen Trucks"),
    ("a mid-size pickup for Latin America", "Pickup Trucks"),
    ("solid-state batteries", "Solid-State Batteries"),
    ("a fast-charging network along European motorways", "Charging Network"),
    ("a shared platform for small electric SUVs", "Small Electric SUVs"),
    ("semiconductors for driver assistance systems", "Driver Assistance Chips"),
    ("plug-in hybrid systems", "Hybrid Systems"),
    ("electric vans for city deliveries", "Electric Vans"),
    ("a next generation of sports cars", "Sports Cars"),
]
FIRST = [
    "Laura",
    "Makoto",
    "Jae-won",
    "Carla",
    "Henrik",
    "Priya",
    "Thomas",
    "Yuki",
    "Marco",
    "Sophie",
    "Arjun",
    "Elena",
    "Kenji",
    "Oliver",
    "Mei",
    "Stefan",
    "Isabel",
    "Rahul",
    "Hannah",
    "Luca",
    "Min-jun",
    "Claire",
    "Daniel",
    "Ana",
]
LAST = [
    "Brandt",
    "Tanabe",
    "Seo",
    "Ferrante",
    "Lindqvist",
    "Raman",
    "Keller",
    "Morita",
    "Rossi",
    "Durand",
    "Mehta",
    "Vidal",
    "Okada",
    "Hartmann",
    "Zhou",
    "Novak",
    "Castillo",
    "Iyer",
    "Weber",
    "Conti",
    "Park",
    "Fournier",
    "Okafor",
    "Svensson",
]
ROLES = [
    "chief executive",
    "chief financial officer",
    "head of purchasing",
    "chief technology officer",
    "head of electric vehicles",
    "chairman",
]
QUOTES = [
    "We need to bring the cost of an electric car down to the cost of a petrol car, and the battery is where "
    "that fight is won or lost",
    "Scale is everything in this business now",
    "Nobody in our industry can afford to develop every technology alone any more",
    "This partnership gives our customers better cars sooner, at a price they can pay",
    "We are not merging and we are not swapping shares",
    "Software is now the most expensive part of a new car, and sharing it is simply common sense",
    "The market in Europe has changed faster than anyone expected",
    "We will keep our own brands, our own design and our own dealers",
    "Every dollar we save on the platform is a dollar we can spend on the customer",
    "Demand for hybrids is stronger than we planned for, so we need more capacity quickly",
]
ANALYSTS = ["Bernstein", "Jefferies", "UBS", "Morningstar", "S&P Global Mobility"]
UNKNOWNS = [
    "The companies did not disclose the financial terms of the agreement.",
    "No word as to which models will use the technology, or on any timelines.",
    "It is not clear whether the partners will take stakes in each other.",
    "Neither company would say how many jobs the venture will create; details remain to be seen.",
    "The partners declined to comment on the size of their investments.",
]
FILLERS = [
    "Carmakers have been pooling resources as the cost of developing electric and software-defined vehicles rises "
    "while sales in Europe and China slow.",
    "The industry is under pressure from tighter emissions rules in Europe, tariffs in the United States and a "
    "price war in China.",
    "Analysts have long argued that mid-sized carmakers cannot match the scale of the market leaders on their own.",
    "Cost sharing of this kind has become common, be it for a single model or for a whole family of vehicles.",
    "Sadly for enthusiasts, design and infotainment now matter more to buyers than what sits under the bonnet.",
]
