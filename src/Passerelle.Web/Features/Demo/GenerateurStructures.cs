using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;

namespace Passerelle.Web.Features.Demo;

/// <summary>Invented but realistic structures: one set per territoire and a few département-wide ones.</summary>
internal sealed class GenerateurStructures(Random hasard, Communes.Communes communes)
{
    private static readonly string[] Voies =
        ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "place de la Mairie",
         "rue du Général de Gaulle", "rue Pasteur", "avenue de la Gare", "rue des Écoles", "rue Nationale"];

    private static readonly string[] Associations = ["Tremplin", "Passeport", "Horizons", "Relais", "Cap Avenir", "Trait d'union"];

    public List<Structure> Generer(DepartementDemo modele, IReadOnlyList<Territoire> territoires)
    {
        var structures = new List<Structure>();
        var tous = territoires.ToList();
        var chefLieu = PrincipaleCommune(territoires[0]);
        structures.Add(Creer($"Direction de l'insertion du département de {modele.Nom}", TypeStructure.ServiceDepartement, chefLieu, tous));
        structures.Add(Creer($"Cap emploi {modele.Nom}", TypeStructure.CapEmploi, chefLieu, tous));
        structures.Add(Creer($"PLIE de {chefLieu.Nom}", TypeStructure.Plie, chefLieu, [territoires[0]]));
        structures.Add(Creer($"ETTI Intérim Solidaire {modele.Nom}", TypeStructure.SiaeEtti, chefLieu, tous));
        foreach (var (territoire, i) in territoires.Select((t, i) => (t, i)))
        {
            var ville = PrincipaleCommune(territoire);
            var ici = new[] { territoire };
            structures.Add(Creer($"Maison départementale des solidarités {territoire.Nom}", TypeStructure.ServiceDepartement, ville, ici));
            structures.Add(Creer($"CCAS de {ville.Nom}", TypeStructure.CcasCias, ville, ici));
            structures.Add(Creer($"Agence France Travail {ville.Nom}", TypeStructure.AgenceFranceTravail, ville, ici));
            structures.Add(Creer($"Mission locale {territoire.Nom}", TypeStructure.MissionLocale, ville, ici));
            structures.Add(Creer($"Association {Associations[i % Associations.Length]} {ville.Nom}", TypeStructure.AssociationDelegataire, ville, ici));
            structures.Add(Creer($"Chantier d'insertion Les Jardins de {ville.Nom}", TypeStructure.SiaeAci, ville, ici));
            structures.Add(Creer($"Centre de formation {territoire.Nom}", TypeStructure.OrganismeFormation, ville, ici));
            if (i % 2 == 0) structures.Add(Creer($"Association intermédiaire Coup de main {ville.Nom}", TypeStructure.SiaeAi, ville, ici));
            if (i % 2 == 1) structures.Add(Creer($"Entreprise d'insertion Recyclerie {ville.Nom}", TypeStructure.SiaeEi, ville, ici));
        }
        return structures;
    }

    private Communes.Commune PrincipaleCommune(Territoire territoire) =>
        territoire.Communes.Select(c => communes.Trouver(c.CodeInsee)!).MaxBy(c => c.Population)!;

    private Structure Creer(string nom, TypeStructure type, Communes.Commune commune, IEnumerable<Territoire> desservis) => new()
    {
        Nom = nom,
        Type = type,
        Siret = SiretValide(),
        Adresse = $"{hasard.Next(1, 120)} {Voies[hasard.Next(Voies.Length)]}",
        CodeInsee = commune.CodeInsee,
        Telephone = $"02 {hasard.Next(10, 99)} {hasard.Next(10, 99)} {hasard.Next(10, 99)} {hasard.Next(10, 99)}",
        Territoires = desservis.Select(t => new StructureTerritoire { Territoire = t }).ToList(),
    };

    /// <summary>13 random digits and the Luhn digit that makes the SIRET valid.</summary>
    private string SiretValide()
    {
        var debut = string.Concat(Enumerable.Range(0, 13).Select(_ => hasard.Next(10)));
        for (var cle = 0; cle < 10; cle++)
        {
            var siret = debut + cle;
            if (Siret.Verifier(siret) is null && !siret.StartsWith("356000000", StringComparison.Ordinal)) return siret;
        }
        return SiretValide();
    }
}
