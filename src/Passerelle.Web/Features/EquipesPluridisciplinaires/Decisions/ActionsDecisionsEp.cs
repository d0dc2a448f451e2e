namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>The audit journal's names for the decisions' writes (the CAF export is journaled as an export).</summary>
public static class ActionsDecisionsEp
{
    public const string Decision = "ep-decision";
    public const string Notification = "ep-notification";
    public const string Observation = "ep-observation";
    public const string RepriseObligations = "ep-reprise-obligations";
    public const string Recours = "ep-recours";
    public const string IssueRecours = "ep-recours-issue";
}
