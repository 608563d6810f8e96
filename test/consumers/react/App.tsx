import {useRef, useState} from 'react';
import {RoadmapTimeline} from 'roadmap-elements/react';
import type {RoadmapTimeline as RoadmapTimelineElement} from 'roadmap-elements';
import roadmap from 'roadmap-elements/data/backend-developer-india-2026.json';

export function App() {
  const timeline = useRef<RoadmapTimelineElement>(null);
  const [shown, setShown] = useState('');
  return (
    <>
      <RoadmapTimeline
        ref={timeline}
        roadmap={roadmap}
        theme="light"
        layout="vertical"
        headingLevel={2}
        collapsible
        trackProgress
        onRoadmapLoad={(event) => setShown(event.detail.roadmap.title)}
        onRoadmapError={(event) => console.error(event.detail.message)}
        onRoadmapProgress={(event) => console.log(`${event.detail.completed} of ${event.detail.total} done`)}
      />
      <p role="status">{shown && `Shown: ${shown}`}</p>
      <button type="button" onClick={() => timeline.current?.scrollIntoView()}>
        Back to the roadmap
      </button>
    </>
  );
}
