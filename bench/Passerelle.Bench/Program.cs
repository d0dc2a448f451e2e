using Passerelle.Bench;

// Usage:
//   pages  : dotnet run -c Release --project bench/Passerelle.Bench -- [--echelle departement|national]
//            [--postgres "Host=…;Username=…"] [--duree 15] [--utilisateurs 20] [--foyers 0|N|seeds]
//   import : dotnet run -c Release --project bench/Passerelle.Bench -- import [--foyers 100000] [--postgres "Host=…;Username=…"] [--sans-sqlite] [--sans-petit] [--sans-suivants]
//   files  : dotnet run -c Release --project bench/Passerelle.Bench -- files [--personnes 100000] [--national 2000000]
//            [--postgres "Host=…;Username=…"] [--duree 10] [--utilisateurs 20] [--garder] [--analyser] [--sql f.sql]
//            [--reprendre "<base gardée>"] [--pages mot1,mot2] [--sans-cache]
//   clauses: dotnet run -c Release --project bench/Passerelle.Bench -- clauses [--postgres "Host=…;Username=…"] [--duree 10] [--utilisateurs 20] [--sans-cache]
//   pilotage: dotnet run -c Release --project bench/Passerelle.Bench -- pilotage [--personnes 100000] [--national 2000000]
//            [--postgres "Host=…;Username=…"] [--repetitions 5] [--garder] [--reprendre "<base gardée>"]
//   fichier: dotnet run -c Release --project bench/Passerelle.Bench -- fichier <sortie.xml> [--foyers 1000] [--departement 49] [--date 2026-10-31]
return args.FirstOrDefault() switch
{
    "import" => await BancImport.ExecuterAsync(OptionsBancImport.Lire(args)),
    "fichier" => FichierCnaf.Ecrire(args),
    "files" => await BancFiles.ExecuterAsync(OptionsBancFiles.Lire(args)),
    "pilotage" => await BancPilotage.ExecuterAsync(OptionsBancPilotage.Lire(args)),
    "clauses" => await BancClauses.ExecuterAsync(args),
    _ => await Banc.ExecuterAsync(OptionsBench.Lire(args)),
};
