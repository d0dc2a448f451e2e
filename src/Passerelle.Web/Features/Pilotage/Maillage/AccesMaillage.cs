using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>
/// Who reads the maillage, as the indicators (<see cref="PerimetreIndicateurs"/>): an agent of the whole département every
/// territoire in clear, an agent of territoires theirs in clear, pilots and readers (and partners' keys) every territoire
/// under statistical secrecy, with no link to persons. The policy <see cref="Politiques.Pilotage"/> has let in only these roles.
/// </summary>
public sealed class AccesMaillage(CurrentUser user)
{
    private Portee? portee;

    /// <summary>The territoires shown (null: all) and whether secrecy applies; a user holding both an agent's and a pilot's role gets secrecy everywhere.</summary>
    public Portee Portee => portee ??= PerimetreIndicateurs.De(user).Resoudre(null) ?? new Portee([], Secret: true);

    /// <summary>Counts of persons lead to the persons themselves: agents only, never for the santé theme (counts only).</summary>
    public bool VoitLesPersonnes => !Portee.Secret;

    public bool Couvre(int territoireId) => Portee.Territoires is null || Portee.Territoires.Contains(territoireId);
}
