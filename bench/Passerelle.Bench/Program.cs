using Passerelle.Bench;

// Usage: dotnet run -c Release --project bench/Passerelle.Bench -- [--echelle departement|national]
//        [--postgres "Host=…;Username=…"] [--duree 15] [--utilisateurs 20]
var options = OptionsBench.Lire(args);
return await Banc.ExecuterAsync(options);
