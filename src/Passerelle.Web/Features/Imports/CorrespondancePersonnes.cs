using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Finds the known person a flux line describes (primer §2): NIR prefix + birth date first, else
/// upper-cased surname + first name + birth date — but never a person whose own NIR says otherwise.
/// Works on the candidates a batch preloaded, so matching costs no query per person; the NIR prefix is
/// compared through its blind index (decision 0011), computed once per prefix of the batch.
/// </summary>
internal sealed class CorrespondancePersonnes(ProtectionNir protection)
{
    private readonly Dictionary<(string, DateOnly), Personne> parNir = [];
    private readonly Dictionary<(string, DateOnly), List<Personne>> parIdentite = [];
    private readonly Dictionary<string, string?> empreintes = [];

    public ProtectionNir Protection => protection;

    /// <summary>The blind index of the line's NIR, or null without a NIR.</summary>
    public string? Empreinte(PersonneCnaf p)
    {
        if (p.Nir is null) return null;
        if (!empreintes.TryGetValue(p.Nir, out var empreinte)) empreintes[p.Nir] = empreinte = protection.Empreinte(p.Nir);
        return empreinte;
    }

    public void Ajouter(Personne personne)
    {
        if (personne.FusionneeDansId is not null) return;
        if (personne.EmpreinteNir is { } empreinte) parNir.TryAdd((empreinte, personne.DateNaissance), personne);
        var cle = (personne.CleIdentite, personne.DateNaissance);
        if (!parIdentite.TryGetValue(cle, out var liste)) parIdentite[cle] = liste = [];
        if (!liste.Contains(personne)) liste.Add(personne);
    }

    public Personne? Trouver(PersonneCnaf p)
    {
        var empreinte = Empreinte(p);
        if (empreinte is not null && parNir.TryGetValue((empreinte, p.DateNaissance), out var parLeNir)) return parLeNir;
        var cle = (NormalisationNom.CleIdentite(p.Nom, p.Prenom), p.DateNaissance);
        return parIdentite.TryGetValue(cle, out var candidats)
            ? candidats.FirstOrDefault(c => c.EmpreinteNir is null || empreinte is null || c.EmpreinteNir == empreinte)
            : null;
    }
}
