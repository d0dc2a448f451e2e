using System.Globalization;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>
/// Collects the fields of one InfosFoyerRSA as text while it streams by; converted only once the
/// schema has accepted the foyer, so malformed values never reach a parse.
/// </summary>
internal sealed class FoyerEnConstruction
{
    private readonly Dictionary<string, string> champs = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, string>> personnes = [];
    private readonly List<string> suspensions = [];
    private readonly List<string> natures = [];
    private int adresses;
    private string? prestation;

    public string? NumDemRsa => champs.GetValueOrDefault("NUMDEMRSA");

    public void Ouvrir(string nom)
    {
        if (nom == "Personne") personnes.Add(new Dictionary<string, string>(StringComparer.Ordinal));
        else if (nom == "Adresse") adresses++;
    }

    public void Affecter(string parent, string nom, string valeur)
    {
        switch (parent, nom)
        {
            case ("Identification", _):
            case ("MontantCalculDroitRSAPersonne", "TOPPERSDRODEVORSA"):
                if (personnes.Count > 0) personnes[^1][nom] = valeur;
                break;
            case ("Prestations", "NATPREST"):
                prestation = valeur;
                break;
            case ("Prestations", "ROLEPERS") when prestation == "RSA" && personnes.Count > 0:
                personnes[^1][nom] = valeur;
                break;
            case ("SuspensionDroit", "MOTISUSDRORSA"):
            case ("SuspensionVersement", "MOTISUSVERSRSA"):
                suspensions.Add(valeur);
                break;
            case ("DetailCalculDroitRSA", "NATPF"):
                natures.Add(valeur);
                break;
            case ("AdresseDetailleeFrance", _) when adresses == 1:
            case ("Organisme" or "DemandeRSA" or "SituationFamille" or "EtatDossierRSA" or "MontantsCalculDroitRSA", _):
                champs[nom] = valeur;
                break;
            case ("FinDroit" or "FinDroitMoisAnterieur", _):
                champs.TryAdd(nom, valeur);
                break;
        }
    }

    public FoyerCnaf Construire() => new(
        new OrganismeCnaf(V(champs, "FONORG"), V(champs, "NUMORG"), V(champs, "MATRICULE")),
        V(champs, "NUMDEMRSA"), DateCnaf.Date(V(champs, "DTDEMRSA")), V(champs, "SITFAM"),
        champs.ContainsKey("NUMCOM")
            ? new AdresseCnaf(V(champs, "NUMVOIE"), V(champs, "LIBTYPEVOIE"), V(champs, "NOMVOIE"), V(champs, "NUMCOM"), V(champs, "CODEPOS"), V(champs, "NOMCOM"))
            : null,
        personnes.Select(Personne).ToList(),
        new DroitCnaf(V(champs, "ETATDOSRSA"), champs.GetValueOrDefault("MOTICLORSA"),
            champs.TryGetValue("DTCLORSA", out var cloture) ? DateCnaf.Date(cloture) : null,
            suspensions, natures,
            champs.TryGetValue("MTTOTDRORSA", out var montant) ? decimal.Parse(montant, CultureInfo.InvariantCulture) : null));

    private static PersonneCnaf Personne(Dictionary<string, string> p) => new(
        V(p, "ROLEPERS"), p.GetValueOrDefault("QUAL"), V(p, "NOM"), V(p, "NOMNAI"), V(p, "PRENOM"),
        DateCnaf.Date(V(p, "DTNAI")), V(p, "NOMCOMNAI"), p.GetValueOrDefault("NIR"), V(p, "SEXE"),
        p.GetValueOrDefault("TOPPERSDRODEVORSA") is "true" or "1");

    private static string V(Dictionary<string, string> d, string cle) => d.GetValueOrDefault(cle, "");
}
