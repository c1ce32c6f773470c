"use client";
// The demo test panel's two modes as Designsystemet Tabs: one scenario at a time, or a bulk check
// of a CSV file. Both panels stay in the page (the scenario's state lives on while the other tab
// is shown); which one is shown is not in the URL, which holds the scenario.
import type { ReactNode } from "react";
import { Tabs, TabsList, TabsPanel, TabsTab } from "@/components/ds";

export function TestPanelTabs({ labels, single, bulk }: { labels: { single: string; bulk: string }; single: ReactNode; bulk: ReactNode }) {
  return (
    <Tabs defaultValue="single" data-size="md" className="app-tabs">
      <TabsList>
        <TabsTab value="single">{labels.single}</TabsTab>
        <TabsTab value="bulk">{labels.bulk}</TabsTab>
      </TabsList>
      <TabsPanel value="single" >{single}</TabsPanel>
      <TabsPanel value="bulk" >{bulk}</TabsPanel>
    </Tabs>
  );
}
