using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Finds the known person a flux line describes (primer §2): NIR prefix + birth date first, else
/// upper-cased surname + first name + birth date — but never a person whose own NIR says otherwise.
/// Works on the candidates a batch preloaded, so matching costs no query per person.
/// </summary>
internal sealed class CorrespondancePersonnes
{
    private readonly Dictionary<(string, DateOnly), Personne> parNir = [];
    private readonly Dictionary<(string, DateOnly), List<Personne>> parIdentite = [];

    public void Ajouter(Personne personne)
    {
        if (personne.FusionneeDansId is not null) return;
        if (personne.PrefixeNir is { } prefixe) parNir.TryAdd((prefixe, personne.DateNaissance), personne);
        var cle = (personne.CleIdentite, personne.DateNaissance);
        if (!parIdentite.TryGetValue(cle, out var liste)) parIdentite[cle] = liste = [];
        if (!liste.Contains(personne)) liste.Add(personne);
    }

    public Personne? Trouver(PersonneCnaf p)
    {
        var prefixe = Nir.PrefixeRapprochement(p.Nir);
        if (prefixe is not null && parNir.TryGetValue((prefixe, p.DateNaissance), out var parLeNir)) return parLeNir;
        var cle = (NormalisationNom.CleIdentite(p.Nom, p.Prenom), p.DateNaissance);
        return parIdentite.TryGetValue(cle, out var candidats)
            ? candidats.FirstOrDefault(c => c.PrefixeNir is null || prefixe is null || c.PrefixeNir == prefixe)
            : null;
    }
}
