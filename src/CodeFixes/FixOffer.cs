using System;

namespace BindNoPort.CodeFixes
{
    /// <summary>One fix on offer for one diagnostic: its title, its equivalence key, and the edit it makes.</summary>
    internal sealed class FixOffer
    {
        private readonly Action apply;

        public FixOffer(string title, string equivalenceKey, Action apply)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            this.apply = apply;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        /// <summary>Records the edit on the document's editor.</summary>
        public void Apply() => apply();
    }
}
