// Components available to every guide page without an import.
import Admonition from './Admonition.astro';
import CategoryBrowser from '../CategoryBrowser.astro';
import CategoryTable from './CategoryTable.astro';
import Decision from './Decision.astro';
import Flow from './Flow.astro';
import Link from './Link.astro';
import MemberTable from './MemberTable.astro';
import Now from './Now.astro';
import Rule from './Rule.astro';
import RuleHistory from './RuleHistory.astro';
import RuleText from './RuleText.astro';
import SourceLink from './SourceLink.astro';
import SubjectTable from './SubjectTable.astro';
import Superseded from './Superseded.astro';
import ToolBox from './ToolBox.astro';
import V from './V.astro';

export const guideComponents = {
  a: Link, Admonition, CategoryBrowser, CategoryTable, Decision, Flow, MemberTable, Now, Rule, RuleHistory, RuleText, SourceLink,
  SubjectTable, Superseded, ToolBox, V,
};
