/**
 * The public bodies of mainland Finland and Åland that cooperation agreements are made between: the 309
 * municipalities (Statistics Finland codes, by region as of 2021), the 21 wellbeing services counties plus
 * Helsinki (which organises those services itself), and the 18 regional councils.
 */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get LARGE_POPULATIONS () {
        return LARGE_POPULATIONS;
    },
    get REGIONS () {
        return REGIONS;
    },
    get REGION_COUNTIES () {
        return REGION_COUNTIES;
    },
    get UUSIMAA_COUNTIES () {
        return UUSIMAA_COUNTIES;
    }
});
const REGIONS = [
    {
        id: 'uusimaa',
        name: 'Uusimaa',
        council: 'Uudenmaan liitto',
        municipalities: '018 Askola,049 Espoo,078 Hanko,091 Helsinki,106 Hyvinkää,149 Inkoo,186 Järvenpää,224 Karkkila,235 Kauniainen,245 Kerava,257 Kirkkonummi,407 Lapinjärvi,444 Lohja,434 Loviisa,504 Myrskylä,505 Mäntsälä,543 Nurmijärvi,611 Pornainen,638 Porvoo,616 Pukkila,710 Raasepori,753 Sipoo,755 Siuntio,858 Tuusula,092 Vantaa,927 Vihti'
    },
    {
        id: 'varsinais-suomi',
        name: 'Varsinais-Suomi',
        council: 'Varsinais-Suomen liitto',
        municipalities: '019 Aura,202 Kaarina,322 Kemiönsaari,284 Koski Tl,304 Kustavi,400 Laitila,423 Lieto,430 Loimaa,480 Marttila,481 Masku,503 Mynämäki,529 Naantali,538 Nousiainen,561 Oripää,577 Paimio,445 Parainen,631 Pyhäranta,636 Pöytyä,680 Raisio,704 Rusko,734 Salo,738 Sauvo,761 Somero,833 Taivassalo,853 Turku,895 Uusikaupunki,918 Vehmaa'
    },
    {
        id: 'satakunta',
        name: 'Satakunta',
        council: 'Satakuntaliitto',
        municipalities: '050 Eura,051 Eurajoki,079 Harjavalta,102 Huittinen,181 Jämijärvi,214 Kankaanpää,230 Karvia,271 Kokemäki,484 Merikarvia,531 Nakkila,608 Pomarkku,609 Pori,684 Rauma,747 Siikainen,783 Säkylä,886 Ulvila'
    },
    {
        id: 'kanta-hame',
        name: 'Kanta-Häme',
        council: 'Hämeen liitto',
        municipalities: '061 Forssa,082 Hattula,086 Hausjärvi,103 Humppila,109 Hämeenlinna,165 Janakkala,169 Jokioinen,433 Loppi,694 Riihimäki,834 Tammela,981 Ypäjä'
    },
    {
        id: 'pirkanmaa',
        name: 'Pirkanmaa',
        council: 'Pirkanmaan liitto',
        municipalities: '020 Akaa,108 Hämeenkyrö,143 Ikaalinen,177 Juupajoki,211 Kangasala,250 Kihniö,291 Kuhmoinen,418 Lempäälä,508 Mänttä-Vilppula,536 Nokia,562 Orivesi,581 Parkano,604 Pirkkala,619 Punkalaidun,635 Pälkäne,702 Ruovesi,790 Sastamala,837 Tampere,887 Urjala,908 Valkeakoski,922 Vesilahti,936 Virrat,980 Ylöjärvi'
    },
    {
        id: 'paijat-hame',
        name: 'Päijät-Häme',
        council: 'Päijät-Hämeen liitto',
        municipalities: '016 Asikkala,081 Hartola,111 Heinola,098 Hollola,142 Iitti,316 Kärkölä,398 Lahti,560 Orimattila,576 Padasjoki,781 Sysmä'
    },
    {
        id: 'kymenlaakso',
        name: 'Kymenlaakso',
        council: 'Kymenlaakson liitto',
        municipalities: '075 Hamina,285 Kotka,286 Kouvola,489 Miehikkälä,624 Pyhtää,935 Virolahti'
    },
    {
        id: 'etela-karjala',
        name: 'Etelä-Karjala',
        council: 'Etelä-Karjalan liitto',
        municipalities: '153 Imatra,405 Lappeenranta,416 Lemi,441 Luumäki,580 Parikkala,689 Rautjärvi,700 Ruokolahti,739 Savitaipale,831 Taipalsaari'
    },
    {
        id: 'etela-savo',
        name: 'Etelä-Savo',
        council: 'Etelä-Savon maakuntaliitto',
        municipalities: '046 Enonkoski,097 Hirvensalmi,178 Juva,213 Kangasniemi,491 Mikkeli,507 Mäntyharju,588 Pertunmaa,593 Pieksämäki,623 Puumala,681 Rantasalmi,740 Savonlinna,768 Sulkava'
    },
    {
        id: 'pohjois-savo',
        name: 'Pohjois-Savo',
        council: 'Pohjois-Savon liitto',
        municipalities: '140 Iisalmi,171 Joroinen,204 Kaavi,239 Keitele,263 Kiuruvesi,297 Kuopio,402 Lapinlahti,420 Leppävirta,595 Pielavesi,686 Rautalampi,687 Rautavaara,749 Siilinjärvi,762 Sonkajärvi,778 Suonenjoki,844 Tervo,857 Tuusniemi,915 Varkaus,921 Vesanto,925 Vieremä'
    },
    {
        id: 'pohjois-karjala',
        name: 'Pohjois-Karjala',
        council: 'Pohjois-Karjalan maakuntaliitto',
        municipalities: '090 Heinävesi,146 Ilomantsi,167 Joensuu,176 Juuka,260 Kitee,276 Kontiolahti,422 Lieksa,426 Liperi,541 Nurmes,309 Outokumpu,607 Polvijärvi,707 Rääkkylä,848 Tohmajärvi'
    },
    {
        id: 'keski-suomi',
        name: 'Keski-Suomi',
        council: 'Keski-Suomen liitto',
        municipalities: '077 Hankasalmi,172 Joutsa,179 Jyväskylä,182 Jämsä,216 Kannonkoski,226 Karstula,249 Keuruu,256 Kinnula,265 Kivijärvi,275 Konnevesi,312 Kyyjärvi,410 Laukaa,435 Luhanka,495 Multia,500 Muurame,592 Petäjävesi,601 Pihtipudas,729 Saarijärvi,850 Toivakka,892 Uurainen,931 Viitasaari,992 Äänekoski'
    },
    {
        id: 'etela-pohjanmaa',
        name: 'Etelä-Pohjanmaa',
        council: 'Etelä-Pohjanmaan liitto',
        municipalities: '005 Alajärvi,010 Alavus,052 Evijärvi,145 Ilmajoki,151 Isojoki,218 Karijoki,232 Kauhajoki,233 Kauhava,300 Kuortane,301 Kurikka,403 Lappajärvi,408 Lapua,743 Seinäjoki,759 Soini,846 Teuva,934 Vimpeli,989 Ähtäri'
    },
    {
        id: 'pohjanmaa',
        name: 'Pohjanmaa',
        council: 'Pohjanmaan liitto',
        municipalities: '152 Isokyrö,231 Kaskinen,280 Korsnäs,287 Kristiinankaupunki,288 Kruunupyy,399 Laihia,440 Luoto,475 Maalahti,499 Mustasaari,545 Närpiö,599 Pedersöre,598 Pietarsaari,893 Uusikaarlepyy,905 Vaasa,946 Vöyri'
    },
    {
        id: 'keski-pohjanmaa',
        name: 'Keski-Pohjanmaa',
        council: 'Keski-Pohjanmaan liitto',
        municipalities: '074 Halsua,217 Kannus,236 Kaustinen,272 Kokkola,421 Lestijärvi,584 Perho,849 Toholampi,924 Veteli'
    },
    {
        id: 'pohjois-pohjanmaa',
        name: 'Pohjois-Pohjanmaa',
        council: 'Pohjois-Pohjanmaan liitto',
        municipalities: '009 Alavieska,069 Haapajärvi,071 Haapavesi,072 Hailuoto,139 Ii,208 Kalajoki,244 Kempele,305 Kuusamo,317 Kärsämäki,425 Liminka,436 Lumijoki,483 Merijärvi,494 Muhos,535 Nivala,563 Oulainen,564 Oulu,615 Pudasjärvi,625 Pyhäjoki,626 Pyhäjärvi,630 Pyhäntä,678 Raahe,691 Reisjärvi,746 Sievi,748 Siikajoki,791 Siikalatva,832 Taivalkoski,859 Tyrnävä,889 Utajärvi,785 Vaala,977 Ylivieska'
    },
    {
        id: 'kainuu',
        name: 'Kainuu',
        council: 'Kainuun liitto',
        municipalities: '105 Hyrynsalmi,205 Kajaani,290 Kuhmo,578 Paltamo,620 Puolanka,697 Ristijärvi,765 Sotkamo,777 Suomussalmi'
    },
    {
        id: 'lappi',
        name: 'Lappi',
        council: 'Lapin liitto',
        municipalities: '047 Enontekiö,148 Inari,240 Kemi,320 Kemijärvi,241 Keminmaa,261 Kittilä,273 Kolari,498 Muonio,583 Pelkosenniemi,854 Pello,614 Posio,683 Ranua,698 Rovaniemi,732 Salla,742 Savukoski,751 Simo,758 Sodankylä,845 Tervola,851 Tornio,890 Utsjoki,976 Ylitornio'
    },
    {
        id: 'ahvenanmaa',
        name: 'Ahvenanmaa',
        municipalities: '035 Brändö,043 Eckerö,060 Finström,062 Föglö,065 Geta,076 Hammarland,170 Jomala,295 Kumlinge,318 Kökar,417 Lemland,438 Lumparland,478 Maarianhamina,736 Saltvik,766 Sottunga,771 Sund,941 Vårdö'
    }
];
const UUSIMAA_COUNTIES = {
    'Itä-Uudenmaan hyvinvointialue': [
        'Askola',
        'Lapinjärvi',
        'Loviisa',
        'Myrskylä',
        'Porvoo',
        'Pukkila',
        'Sipoo'
    ],
    'Keski-Uudenmaan hyvinvointialue': [
        'Hyvinkää',
        'Järvenpää',
        'Mäntsälä',
        'Nurmijärvi',
        'Pornainen',
        'Tuusula'
    ],
    'Länsi-Uudenmaan hyvinvointialue': [
        'Espoo',
        'Hanko',
        'Inkoo',
        'Karkkila',
        'Kauniainen',
        'Kirkkonummi',
        'Lohja',
        'Raasepori',
        'Siuntio',
        'Vihti'
    ],
    'Vantaan ja Keravan hyvinvointialue': [
        'Vantaa',
        'Kerava'
    ]
};
const REGION_COUNTIES = {
    'varsinais-suomi': 'Varsinais-Suomen hyvinvointialue',
    satakunta: 'Satakunnan hyvinvointialue',
    'kanta-hame': 'Kanta-Hämeen hyvinvointialue',
    pirkanmaa: 'Pirkanmaan hyvinvointialue',
    'paijat-hame': 'Päijät-Hämeen hyvinvointialue',
    kymenlaakso: 'Kymenlaakson hyvinvointialue',
    'etela-karjala': 'Etelä-Karjalan hyvinvointialue',
    'etela-savo': 'Etelä-Savon hyvinvointialue',
    'pohjois-savo': 'Pohjois-Savon hyvinvointialue',
    'pohjois-karjala': 'Pohjois-Karjalan hyvinvointialue',
    'keski-suomi': 'Keski-Suomen hyvinvointialue',
    'etela-pohjanmaa': 'Etelä-Pohjanmaan hyvinvointialue',
    pohjanmaa: 'Pohjanmaan hyvinvointialue',
    'keski-pohjanmaa': 'Keski-Pohjanmaan hyvinvointialue',
    'pohjois-pohjanmaa': 'Pohjois-Pohjanmaan hyvinvointialue',
    kainuu: 'Kainuun hyvinvointialue',
    lappi: 'Lapin hyvinvointialue'
};
const LARGE_POPULATIONS = {
    Helsinki: 664_000,
    Espoo: 305_000,
    Tampere: 249_000,
    Vantaa: 243_000,
    Oulu: 214_000,
    Turku: 200_000,
    Jyväskylä: 147_000,
    Kuopio: 124_000,
    Lahti: 121_000,
    Pori: 83_000,
    Kouvola: 79_000,
    Joensuu: 78_000,
    Lappeenranta: 73_000,
    Hämeenlinna: 68_000,
    Vaasa: 68_000,
    Seinäjoki: 65_000,
    Rovaniemi: 65_000,
    Mikkeli: 52_000,
    Kotka: 51_000,
    Salo: 51_000,
    Porvoo: 51_000,
    Kokkola: 48_000,
    Hyvinkää: 47_000,
    Lohja: 46_000,
    Järvenpää: 45_000,
    Nurmijärvi: 44_000,
    Rauma: 39_000,
    Kirkkonummi: 41_000,
    Tuusula: 39_000,
    Kerava: 38_000,
    Kajaani: 36_000,
    Kangasala: 33_000,
    Savonlinna: 32_000,
    Nokia: 35_000,
    Ylöjärvi: 33_000,
    Kaarina: 35_000,
    Vihti: 29_000
};

//# sourceMappingURL=finland.js.map