// The tags themselves in React 19's JSX, typed by `roadmap-elements/react`.
import {useRef, useState} from 'react';
import 'roadmap-elements/define.js';
import type {} from 'roadmap-elements/react';
import type {RoadmapTimeline, StageCard} from 'roadmap-elements';
import roadmap from 'roadmap-elements/data/backend-developer-india-2026.json';

export function Tags() {
  const timeline = useRef<RoadmapTimeline>(null);
  const card = useRef<StageCard>(null);
  const [shown, setShown] = useState('');
  return (
    <>
      <roadmap-timeline
        ref={timeline}
        roadmap={roadmap}
        locale="en-IN"
        theme="auto"
        layout="auto"
        heading-level="2"
        loading="eager"
        timeout={15000}
        experience={14}
        collapsible
        trackProgress
        activeStage="foundations"
        structuredData
        progress={{foundations: []}}
        onroadmap-load={(event) => setShown(event.detail.roadmap.title)}
        onroadmap-error={(event) => console.error(event.detail.issues.map((issue) => issue.path))}
        onroadmap-progress={(event) => console.log(event.detail.stageId, event.detail.itemId, event.detail.done)}
      />
      <p role="status">{shown && `Tags shown: ${shown}`}</p>
      <stage-card
        ref={card}
        stage={roadmap.stages[0]}
        index={1}
        currency="INR"
        locale="en-IN"
        heading-level="3"
        status="You are here"
        collapsible
        open
        done={[]}
        onstage-item-toggle={(event) => console.log(event.detail.itemId, event.detail.done)}
      />
      <salary-band
        min={500000}
        max={1100000}
        currency="INR"
        locale="en-IN"
        period="year"
        scale-min={0}
        scale-max={3000000}
      />
    </>
  );
}
